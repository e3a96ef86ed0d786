package io.hapsim.simulator.version;

/**
 * What the master's {@code show proc} does with more processes than one buffer holds (a buffer of 16 kB: some 200
 * lines; old workers pile up when clients keep connections to them, haproxy#3204).
 */
public enum ProcListLimit {
    /**
     * The whole listing, or nothing at all past the room an answer has (the buffer less the 1024 bytes HAProxy keeps
     * for rewrites): the client gets only the terminator (2.6 measured: 186 workers listed, 187 nothing; 2.4 and 2.8
     * write it the same way).
     */
    NOTHING_PAST_ROOM,
    /**
     * Each line that would not fit in the buffer (less one byte for its terminating NUL) is left out, the shorter ones
     * after it still fit: the list of old workers stops, {@code # programs} still comes (3.0.11 measured: 198 of 210
     * old workers; 3.1.0 and 3.3.0 in their sources).
     */
    LINES_PAST_BUFFER_DROPPED,
    /**
     * Every process, the listing written a buffer at a time (3.4, and 3.2.26 from a backport; measured). Real 3.2.26
     * sometimes loses one where it resumes (a later fix); hapsim never does.
     */
    PAGED
}
