package io.hapsim.client.error;

/** A commit named a version that is not newer than the current one or was never prepared. */
public class VersionOutOfRangeException extends CommandFailedException {
    private static final long serialVersionUID = 1L;

    public VersionOutOfRangeException(ErrorKind kind, String command, String answer) {
        super(kind, command, answer);
    }
}
