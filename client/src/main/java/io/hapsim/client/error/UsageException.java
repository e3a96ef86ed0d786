package io.hapsim.client.error;

/** The command was malformed: wrong parameter count, missing identifier or version, malformed #0x pointer, too many words, unknown command. */
public class UsageException extends CommandFailedException {
    private static final long serialVersionUID = 1L;

    public UsageException(ErrorKind kind, String command, String answer) {
        super(kind, command, answer);
    }
}
