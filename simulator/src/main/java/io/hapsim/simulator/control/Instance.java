package io.hapsim.simulator.control;

import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.version.VersionProfiles;
import java.time.Instant;

/**
 * One simulated HAProxy instance the control API drives, under a fixed id: the simulator running now, and the
 * settings it was started with, to start it again under another version profile on the same sockets.
 */
public final class Instance implements AutoCloseable {

    private final int id;
    private Simulator.Builder settings;
    private Simulator simulator;
    private Instant upSince;
    private boolean closed;

    private Instance(int id, Simulator.Builder settings, Simulator simulator) {
        this.id = id;
        this.settings = settings;
        this.simulator = simulator;
        this.upSince = Instant.now();
    }

    /** Starts a simulator from {@code settings} (copied: later changes to them do not matter). */
    public static Instance start(int id, Simulator.Builder settings) {
        Simulator.Builder own = settings.copy();
        return new Instance(id, own, own.start());
    }

    public int id() {
        return id;
    }

    public synchronized Simulator simulator() {
        return simulator;
    }

    /** When the simulator running now started (a version switch starts a new one; a reset does not). */
    public synchronized Instant upSince() {
        return upSince;
    }

    /**
     * Closes the simulator and starts one under {@code version} with the same settings, on the same sockets (a
     * port-0 TCP socket keeps the port it got). Connections open now are closed. If the new one cannot start
     * (its version refuses the configuration), the previous version starts again and the error is thrown.
     */
    public synchronized void switchVersion(String version) {
        VersionProfiles.get(version); // an unknown profile is refused before anything stops
        if (closed) {
            throw new IllegalStateException("instance " + id + " is shut down");
        }
        Simulator previous = simulator;
        previous.close();
        Simulator.Builder next = settings.copy().version(version);
        try {
            simulator = next.copy().sameSocketsAs(previous).start();
        } catch (RuntimeException refused) {
            simulator = settings.copy().sameSocketsAs(previous).start();
            throw new IllegalStateException("version " + version + " cannot start: " + refused.getMessage(),
                    refused);
        }
        settings = next;
        upSince = Instant.now();
    }

    /** Stops the simulator; a second call does nothing. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            simulator.close();
        }
    }
}
