package io.hapsim.client.error;

/** The command or its payload did not fit in HAProxy's buffer (tune.bufsize). */
public class CommandTooBigException extends CommandFailedException {
    private static final long serialVersionUID = 1L;

    public CommandTooBigException(ErrorKind kind, String command, String answer) {
        super(kind, command, answer);
    }
}
