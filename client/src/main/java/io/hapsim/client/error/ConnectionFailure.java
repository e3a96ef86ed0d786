package io.hapsim.client.error;

/** How a connection to the stats socket went wrong. */
public enum ConnectionFailure {
    /** Could not connect (no such socket, refused, permission). */
    CONNECT,
    /**
     * Could not connect because the listener takes no more connections for now (EAGAIN, "Resource temporarily
     * unavailable": its backlog is full); trying again later may succeed.
     */
    BUSY,
    /** A write failed because the server had already closed the connection (EPIPE, "Broken pipe"). */
    BROKEN_PIPE,
    /** The server reset the connection (ECONNRESET, TCP RST). */
    RESET,
    /** The server closed the connection before the answer was complete. */
    CLOSED,
    /** Any other I/O error. */
    IO
}
