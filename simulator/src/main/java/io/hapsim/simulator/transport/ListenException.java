package io.hapsim.simulator.transport;

/** A stats socket could not be opened (address in use, no permission, ...); the message is HAProxy's. */
public final class ListenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ListenException(String message, Throwable cause) {
        super(message, cause);
    }
}
