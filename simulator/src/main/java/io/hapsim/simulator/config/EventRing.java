package io.hapsim.simulator.config;

/**
 * A {@code ring} section: a buffer of events, which {@code log ring@<name>} lines fill and {@code show events} shows.
 *
 * @param name        the section's name
 * @param description its {@code description}, or the name when it has none (as HAProxy describes it)
 * @param size        its {@code size} in bytes
 * @param format      its {@code format}: how the log lines sent to it are headed ({@code raw} by default)
 */
public record EventRing(String name, String description, int size, String format) {

    /** A ring's size when its section sets none (HAProxy's default buffer size). */
    public static final int DEFAULT_SIZE = 16384;

    static EventRing named(String name) {
        return new EventRing(name, name, DEFAULT_SIZE, "raw");
    }

    EventRing describedAs(String text) {
        return new EventRing(name, text, size, format);
    }

    EventRing sized(int bytes) {
        return new EventRing(name, description, bytes, format);
    }

    EventRing formatted(String logFormat) {
        return new EventRing(name, description, size, logFormat);
    }
}
