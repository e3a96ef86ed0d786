package io.hapsim.client.error;

/** The master refused a reload because the previous one is still going on; try again once it has finished. */
public class ReloadInProgressException extends CommandFailedException {
    private static final long serialVersionUID = 1L;

    public ReloadInProgressException(ErrorKind kind, String command, String answer) {
        super(kind, command, answer);
    }
}
