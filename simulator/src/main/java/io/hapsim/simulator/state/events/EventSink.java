package io.hapsim.simulator.state.events;

/**
 * A place HAProxy sends events to, as {@code show events} lists it: a file descriptor (standard output and error,
 * which keep nothing to show) or a buffer ({@link Ring}).
 *
 * @param name        the name {@code show events} and {@code log ring@<name>} use
 * @param description what the listing says of it
 * @param ring        its events; null for a descriptor
 * @param format      how the log lines sent to it are headed ({@code raw}, {@code short} ...)
 */
public record EventSink(String name, String description, Ring ring, String format) {

    /** What the listing calls its type. */
    public String type() {
        return ring == null ? "fd" : "buffer";
    }

    public long dropped() {
        return ring == null ? 0 : ring.dropped();
    }
}
