package io.hapsim.simulator.version;

/**
 * How a version ends a connection it is done with while the client may still be writing. What the client sees
 * next (its write failing with EPIPE, or accepted) depends on it: this is haproxy#2658's "Broken pipe".
 */
public enum CloseStyle {
    /** 2.4, 2.6: close at once; unread input makes the kernel reset the connection. */
    ABORT,
    /** 2.8: send FIN, then read and discard whatever the client still sends until it closes. */
    DRAIN,
    /** 3.0+: send FIN, stop reading, and abort as soon as the client sends anything more. */
    SHUT_WRITE_THEN_ABORT
}
