package io.hapsim.simulator.state.events;

import io.hapsim.simulator.config.EventRing;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The event sinks of one process, in the order {@code show events} lists them: standard output and error, the
 * in-memory buffer HAProxy always has, the Data Plane API's buffer where the version has it, then the configuration's
 * {@code ring} sections.
 */
public final class EventSinks {

    /** The size HAProxy gives its built-in buffers. */
    private static final int BUILT_IN_RING_SIZE = 1024 * 1024;
    /** The Data Plane API's buffer, from 3.2: what HAProxy tells it (new certificates from ACME ...). */
    public static final String DATA_PLANE_API = "dpapi";

    private final List<EventSink> sinks;

    public EventSinks(boolean dataPlaneApiRing, List<EventRing> rings) {
        List<EventSink> all = new ArrayList<>();
        all.add(new EventSink("stdout", "standard output (fd#1)", null, "raw"));
        // HAProxy describes its standard error as an output too
        all.add(new EventSink("stderr", "standard output (fd#2)", null, "raw"));
        all.add(new EventSink("buf0", "in-memory ring buffer", new Ring(BUILT_IN_RING_SIZE), "timed"));
        if (dataPlaneApiRing) {
            all.add(new EventSink(DATA_PLANE_API, "DPAPI ring buffer", new Ring(BUILT_IN_RING_SIZE), "raw"));
        }
        for (EventRing ring : rings) {
            all.add(new EventSink(ring.name(), ring.description(), new Ring(ring.size()), ring.format()));
        }
        this.sinks = List.copyOf(all);
    }

    public List<EventSink> all() {
        return sinks;
    }

    /** Sends a log message to the rings among {@code loggers} (a proxy's), each as its logger and ring head it. */
    public void log(List<RingLogger> loggers, Severity level, String message) {
        for (RingLogger logger : loggers) {
            find(logger.ring()).filter(sink -> sink.ring() != null).ifPresent(sink ->
                    logger.event(level, message, sink.format()).ifPresent(sink.ring()::write));
        }
    }

    public Optional<EventSink> find(String name) {
        return sinks.stream().filter(sink -> sink.name().equals(name)).findFirst();
    }
}
