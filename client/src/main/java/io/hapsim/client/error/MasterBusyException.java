package io.hapsim.client.error;

/**
 * A master socket took no new connection: its ten connection slots were held and its accept queue (ten more) was
 * full, so the connect failed with "Resource temporarily unavailable" (EAGAIN) or, when blocking, did not finish
 * within the connect timeout. HAProxy issue #3351 is how it comes about: a client that gives up on a command its
 * worker never answers (a stuck worker) leaves its slot held until the worker answers. Nothing reached HAProxy, so
 * the same request may safely be sent again after a back-off ({@link io.hapsim.client.CliOptions#busyPatience()}).
 */
public class MasterBusyException extends CliConnectionException {
    private static final long serialVersionUID = 1L;

    public MasterBusyException(String message, Throwable cause) {
        super(ConnectionFailure.BUSY, message, cause);
    }
}
