package io.hapsim.simulator.master;

import io.hapsim.simulator.Simulator;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A worker process of a simulated master-worker HAProxy: a {@link Simulator} the master reaches through its link.
 * Touched only on the master's event loop, but for the simulator itself.
 */
final class WorkerProcess {

    private final Simulator simulator;
    private final long pid;
    private final Instant startedAt;
    private final Path link;
    /** How many reloads the master has done since this worker started ({@code show proc}'s reloads column). */
    private int reloads;
    /** Replaced by a newer worker: {@code show proc} lists it among the old workers until it exits. */
    private boolean leaving;

    WorkerProcess(Simulator simulator, long pid, Path link) {
        this.simulator = simulator;
        this.pid = pid;
        this.link = link;
        this.startedAt = Instant.now();
    }

    Simulator simulator() {
        return simulator;
    }

    long pid() {
        return pid;
    }

    Instant startedAt() {
        return startedAt;
    }

    /** The socket the master reaches it by. */
    Path link() {
        return link;
    }

    int reloads() {
        return reloads;
    }

    void reloaded() {
        reloads++;
    }

    boolean leaving() {
        return leaving;
    }

    void leave() {
        leaving = true;
    }
}
