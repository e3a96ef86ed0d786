package io.hapsim.simulator.transport;

/**
 * A listener's {@code maxconn} as HAProxy applies it: with {@code maxconn} connections open, the listener stops
 * accepting; the next ones wait in the kernel's queue, {@code backlog} long, until one closes; past the queue a
 * connect fails ({@code EAGAIN}, "Resource temporarily unavailable", on a UNIX socket) or, when blocking, waits.
 */
public record ConnectionLimit(int maxconn, int backlog) {

    public ConnectionLimit {
        if (maxconn < 1 || backlog < 0) {
            throw new IllegalArgumentException("a connection limit needs maxconn >= 1 and backlog >= 0");
        }
    }
}
