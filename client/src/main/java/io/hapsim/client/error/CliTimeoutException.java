package io.hapsim.client.error;

import java.time.Duration;

/** HAProxy sent nothing for longer than the configured timeout; the connection was closed. */
public class CliTimeoutException extends HaproxyException {
    private static final long serialVersionUID = 1L;

    private final Duration timeout;

    public CliTimeoutException(String what, Duration timeout) {
        super(what + ": no answer from HAProxy within " + timeout.toMillis() + " ms");
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }
}
