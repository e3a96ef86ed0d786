package io.hapsim.simulator.fault;

/** Bugs of real releases a client may meet in production, reproducible on any profile as connection faults. */
public enum VersionQuirk {
    /**
     * 3.2.0 to 3.2.3 (fixed by HAProxy's c6c2ef1f1, issue #3064): once a connection's input buffer has been full,
     * the CLI still runs the commands it holds but never reads again, so a client pipelining more than a buffer's
     * worth waits forever for the rest of its answers.
     */
    INPUT_BUFFER_FULL_FREEZE,
    /**
     * 3.2.0 and 3.3.0: a payload that outgrows the buffer is neither answered nor read further (3.2.0's process
     * even aborts after about 10 s; hapsim keeps serving the other connections).
     */
    OVERSIZE_PAYLOAD_SPIN
}
