package io.hapsim.simulator.state;

/**
 * How long the simulated process has run, in the two forms HAProxy prints it. Built by hand: a {@code Formatter}
 * costs the first {@code show info} of a cold process more than the rest of its answer.
 */
public record Uptime(long seconds) {

    /** {@code show info}'s {@code Uptime}: {@code 0d 1h02m03s}. */
    public String infoText() {
        return seconds / 86400 + "d " + seconds / 3600 % 24 + "h" + twoDigits(seconds / 60 % 60) + "m"
                + twoDigits(seconds % 60) + "s";
    }

    /** A master's {@code show proc}: {@code 0d01h02m03s}. */
    public String procText() {
        return seconds / 86400 + "d" + twoDigits(seconds / 3600 % 24) + "h" + twoDigits(seconds / 60 % 60) + "m"
                + twoDigits(seconds % 60) + "s";
    }

    /** The timed prompt's clock: {@code [0:01:02:03]}. */
    public String promptText() {
        return "[" + seconds / 86400 + ":" + twoDigits(seconds / 3600 % 24) + ":" + twoDigits(seconds / 60 % 60) + ":"
                + twoDigits(seconds % 60) + "]";
    }

    private static String twoDigits(long value) {
        return value < 10 ? "0" + value : Long.toString(value);
    }
}
