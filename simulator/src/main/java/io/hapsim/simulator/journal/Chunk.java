package io.hapsim.simulator.journal;

import java.time.Duration;

/**
 * Bytes that crossed a connection in one read or one write (latin-1: a char per byte), and when, from the
 * connection's accept.
 */
public record Chunk(Duration at, String bytes) {

    /** What one kept chunk costs the journal's byte budget besides its bytes. */
    static final int OVERHEAD = 48;
}
