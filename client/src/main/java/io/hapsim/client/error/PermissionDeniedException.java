package io.hapsim.client.error;

/** The socket's level does not allow the command. */
public class PermissionDeniedException extends CommandFailedException {
    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(ErrorKind kind, String command, String answer) {
        super(kind, command, answer);
    }
}
