package io.hapsim.client.error;

/** HAProxy failed internally (out of memory, internal error, failed to add or update). */
public class ServerErrorException extends CommandFailedException {
    private static final long serialVersionUID = 1L;

    public ServerErrorException(ErrorKind kind, String command, String answer) {
        super(kind, command, answer);
    }
}
