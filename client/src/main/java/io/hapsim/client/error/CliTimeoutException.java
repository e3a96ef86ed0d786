package io.hapsim.client.error;

import java.time.Duration;

/** HAProxy sent nothing for longer than the configured timeout; the connection was closed. */
public class CliTimeoutException extends HaproxyException {
    private static final long serialVersionUID = 1L;

    private final Duration timeout;
    private final boolean connecting;

    public CliTimeoutException(String what, Duration timeout) {
        this(what, timeout, false);
    }

    private CliTimeoutException(String what, Duration timeout, boolean connecting) {
        super(what + ": no answer from HAProxy within " + timeout.toMillis() + " ms");
        this.timeout = timeout;
        this.connecting = connecting;
    }

    /** The connection itself was not accepted in time (the listener's backlog full, or the host silent). */
    public static CliTimeoutException connecting(String what, Duration timeout) {
        return new CliTimeoutException(what, timeout, true);
    }

    /** Whether the timeout hit while connecting, before anything was sent. */
    public boolean whileConnecting() {
        return connecting;
    }

    public Duration timeout() {
        return timeout;
    }
}
