package io.hapsim.client.error;

/**
 * A master socket knows no process by the route given: {@code @!<pid>} of a process that is gone (or never was), a
 * relative pid out of range. After a reload, the workers' pids change: ask {@code show proc} again.
 */
public class UnknownTargetException extends CommandFailedException {
    private static final long serialVersionUID = 1L;

    public UnknownTargetException(ErrorKind kind, String command, String answer) {
        super(kind, command, answer);
    }
}
