package io.hapsim.client.error;

/** An add named a version that was never prepared. */
public class VersionInFutureException extends CommandFailedException {
    private static final long serialVersionUID = 1L;

    public VersionInFutureException(ErrorKind kind, String command, String answer) {
        super(kind, command, answer);
    }
}
