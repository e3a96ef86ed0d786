package io.hapsim.simulator.transport;

import io.hapsim.simulator.config.ListenAddress;

/** A stats socket could not be opened (address in use, no permission, ...). */
public final class ListenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ListenException(ListenAddress address, Throwable cause) {
        super("cannot listen on " + address + ": " + cause.getMessage(), cause);
    }
}
