package io.hapsim.client.error;

/** Root of every exception the hapsim client throws. */
public class HaproxyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public HaproxyException(String message) {
        super(message);
    }

    public HaproxyException(String message, Throwable cause) {
        super(message, cause);
    }
}
