package io.hapsim.client.error;

/** The map (or ACL) named in the command does not exist, or is not a map. */
public class UnknownMapException extends CommandFailedException {
    private static final long serialVersionUID = 1L;

    public UnknownMapException(ErrorKind kind, String command, String answer) {
        super(kind, command, answer);
    }
}
