package io.hapsim.client.error;

/** HAProxy answered a command with an error message. {@link #kind()} says which one. */
public class CommandFailedException extends HaproxyException {
    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;
    private final String command;
    private final String answer;

    public CommandFailedException(ErrorKind kind, String command, String answer) {
        this(kind, command, answer, "");
    }

    protected CommandFailedException(ErrorKind kind, String command, String answer, String prefix) {
        super(prefix + describe(command, answer));
        this.kind = kind;
        this.command = command;
        this.answer = answer;
    }

    private static String describe(String command, String answer) {
        String first = answer.strip();
        int nl = first.indexOf('\n');
        if (nl >= 0) {
            first = first.substring(0, nl) + " ...";
        }
        return "'" + abbreviate(command) + "' failed: " + first;
    }

    static String abbreviate(String command) {
        return command.length() <= 120 ? command : command.substring(0, 117) + "...";
    }

    public ErrorKind kind() {
        return kind;
    }

    /** The command line (without payload) that failed. */
    public String command() {
        return command;
    }

    /** HAProxy's answer, as sent (without the terminator). */
    public String answer() {
        return answer;
    }
}
