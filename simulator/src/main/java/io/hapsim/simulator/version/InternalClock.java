package io.hapsim.simulator.version;

/**
 * The clock HAProxy keeps its internal dates on (the date a peers section was read, a backend's or server's last
 * change), which changed between versions. From 2.8, HAProxy shifts it at boot so that its 32-bit millisecond tick
 * wraps 20 s after start: its dates then land that far before a multiple of 2^32 ms (some 49.7 days), plus the
 * time since start.
 */
public enum InternalClock {
    /** The wall clock (2.4, 2.6). */
    WALL,
    /** The wall clock, shifted (2.8, 3.0): a date some weeks ahead. */
    WRAPPED_WALL,
    /** The host's monotonic clock (time since the host booted), shifted (3.1+): a date in February 1970. */
    WRAPPED_MONOTONIC;

    private static final long TICK_WRAP_MILLIS = 1L << 32;
    private static final long WRAP_AFTER_BOOT_SECONDS = 20;

    /**
     * The clock's reading, in seconds, {@code sinceStartMillis} after a process started at {@code wallMillis} on
     * the wall clock and {@code monotonicMillis} on the host's monotonic clock: the shift is chosen at start and
     * kept.
     */
    public long secondsAt(long wallMillis, long monotonicMillis, long sinceStartMillis) {
        return Math.floorDiv(millisAt(wallMillis, monotonicMillis, sinceStartMillis), 1000);
    }

    /**
     * The same reading in milliseconds, unwrapped: its low 32 bits are HAProxy's millisecond tick (now_ms), the
     * date its frequency counters and expiry dates are kept on.
     */
    public long millisAt(long wallMillis, long monotonicMillis, long sinceStartMillis) {
        return switch (this) {
            case WALL -> wallMillis + sinceStartMillis;
            case WRAPPED_WALL -> wrapped(wallMillis, sinceStartMillis);
            case WRAPPED_MONOTONIC -> wrapped(monotonicMillis, sinceStartMillis);
        };
    }

    /** The shift is a whole number of seconds: the ticks left before the wrap at start, less the 20 s. */
    private static long wrapped(long startMillis, long sinceStartMillis) {
        long shiftSeconds = Math.floorMod(-startMillis, TICK_WRAP_MILLIS) / 1000 - WRAP_AFTER_BOOT_SECONDS;
        return startMillis + sinceStartMillis + shiftSeconds * 1000;
    }
}
