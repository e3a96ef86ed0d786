package io.hapsim.client.error;

/** The connection failed: could not connect, broken pipe, reset, or closed before the answer ended. */
public class CliConnectionException extends HaproxyException {
    private static final long serialVersionUID = 1L;

    private final ConnectionFailure failure;

    public CliConnectionException(ConnectionFailure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
    }

    public ConnectionFailure failure() {
        return failure;
    }
}
