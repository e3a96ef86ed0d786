package io.hapsim.simulator.command.info;

import java.util.Locale;

/**
 * The clock a peers section's date ({@code show peers}) is read on: the section keeps HAProxy's internal date of
 * when it was read, and that internal clock changed. HAProxy shifts it at boot so that its 32-bit millisecond tick
 * wraps 20 s after start, which makes the date land that far before a multiple of 2^32 ms (some 49.7 days).
 */
enum PeersSectionClock {
    /** The wall clock at start (2.4, 2.6). */
    WALL,
    /** The wall clock, shifted (2.8, 3.0): a date some weeks ahead. */
    WRAPPED_WALL,
    /** The host's monotonic clock (time since the host booted), shifted (3.1+): a date in February 1970. */
    WRAPPED_MONOTONIC;

    private static final long TICK_WRAP_MILLIS = 1L << 32;
    private static final long WRAP_AFTER_BOOT_SECONDS = 20;

    /** {@code wall}, {@code wrapped-wall} or {@code wrapped-monotonic}, as the version properties name it. */
    static PeersSectionClock named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /**
     * The date, in seconds since the epoch, of a section read by a process started at {@code wallMillis} on the
     * wall clock and {@code monotonicMillis} on the host's monotonic clock.
     */
    long epochSeconds(long wallMillis, long monotonicMillis) {
        return switch (this) {
            case WALL -> Math.floorDiv(wallMillis, 1000);
            case WRAPPED_WALL -> wrapped(wallMillis);
            case WRAPPED_MONOTONIC -> wrapped(monotonicMillis);
        };
    }

    /** The shift is a whole number of seconds: the ticks left before the wrap, less the 20 s. */
    private static long wrapped(long millis) {
        long shiftSeconds = Math.floorMod(-millis, TICK_WRAP_MILLIS) / 1000 - WRAP_AFTER_BOOT_SECONDS;
        return Math.floorDiv(millis, 1000) + shiftSeconds;
    }
}
