package io.hapsim.simulator.version;

/**
 * What {@code clear counters all} does to the change history of backends and servers, which depends on where the
 * version keeps their last change date: among the counters it clears (3.0 to 3.2) or apart from them.
 */
public enum ChangeClearing {
    /** Nothing: lastchg and downtime keep counting (2.4 to 2.8). */
    KEPT,
    /**
     * The change counters and the last change date kept among them (3.0 to 3.2): lastchg reads 0 until the next
     * change, and what is counted from that date (a down backend's or server's downtime, show servers state's
     * age) then counts from the internal clock's zero: its reading.
     */
    COUNTERS_AND_LAST_CHANGE,
    /** The change counters only (3.3+, the date moved out of them): lastchg reads 0, downtime keeps counting. */
    COUNTERS;

    /** Whether show stat's lastchg and chkdown start again. */
    public boolean zeroesCounters() {
        return this != KEPT;
    }

    /** Whether the last change date becomes the internal clock's zero. */
    public boolean zeroesLastChange() {
        return this == COUNTERS_AND_LAST_CHANGE;
    }
}
