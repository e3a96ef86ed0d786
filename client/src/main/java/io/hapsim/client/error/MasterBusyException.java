package io.hapsim.client.error;

/**
 * A master socket took no new connection: all its connection slots were taken and its accept backlog was full, so
 * the connect failed with "Resource temporarily unavailable" (EAGAIN) or, when blocking, did not finish within the
 * connect timeout. HAProxy issue #3351 is about this: the master CLI serves only a handful of clients at once and
 * turns the next ones away instead of queuing them. Nothing reached HAProxy, so the same request may safely be sent
 * again after a short back-off.
 */
public class MasterBusyException extends CliConnectionException {
    private static final long serialVersionUID = 1L;

    public MasterBusyException(String message, Throwable cause) {
        super(ConnectionFailure.BUSY, message, cause);
    }
}
