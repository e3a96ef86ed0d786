package io.hapsim.client.tls;

/** A PEM HAProxy would refuse, or truncate, as a certificate payload; nothing was sent. */
public class UnusablePemException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnusablePemException(String message) {
        super(message);
    }

    public UnusablePemException(String message, Throwable cause) {
        super(message, cause);
    }
}
