package io.hapsim.client.error;

/**
 * HAProxy refused a key or value (invalid IP, not a number, invalid regex, unparsable value, missing value). Entries
 * before it in the same payload stay added (in the version they were added to).
 */
public class InvalidEntryException extends CommandFailedException {
    private static final long serialVersionUID = 1L;

    private final long line;

    public InvalidEntryException(ErrorKind kind, String command, String answer) {
        this(kind, command, answer, 0);
    }

    public InvalidEntryException(ErrorKind kind, String command, String answer, long line) {
        super(kind, command, answer, line > 0 ? "line " + line + ": " : "");
        this.line = line;
    }

    /** The source line of the refused entry, when known (0 otherwise). */
    public long line() {
        return line;
    }

    public InvalidEntryException atLine(long sourceLine) {
        return new InvalidEntryException(kind(), command(), answer(), sourceLine);
    }
}
