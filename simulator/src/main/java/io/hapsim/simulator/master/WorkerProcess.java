package io.hapsim.simulator.master;

import io.hapsim.simulator.Simulator;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * A worker process of a simulated master-worker HAProxy: a {@link Simulator} the master reaches through its link,
 * once the worker has loaded its configuration. Touched only on the master's event loop, but for the simulator
 * itself.
 */
final class WorkerProcess {

    /** The relative pid of every worker (one process per worker): {@code @1}, and 2.4's {@code show proc} column. */
    static final int RELATIVE_PID = 1;

    /** Null while the worker loads its configuration. */
    private Simulator simulator;
    private final long pid;
    private final Instant startedAt;
    private final Path link;
    /** How many reloads the master has done since this worker started ({@code show proc}'s reloads column). */
    private int reloads;
    /** Replaced by a newer worker: {@code show proc} lists it among the old workers until it exits. */
    private boolean leaving;

    WorkerProcess(long pid, Path link) {
        this.pid = pid;
        this.link = link;
        this.startedAt = Instant.now();
    }

    /** The running worker; null while it loads its configuration. */
    Simulator simulator() {
        return simulator;
    }

    /**
     * Whether it still loads its configuration (from 3.1 a new worker loads it itself): {@code show proc} lists it,
     * but no {@code @} prefix reaches it yet.
     */
    boolean loading() {
        return simulator == null;
    }

    /** It has loaded its configuration and serves. */
    void running(Simulator started) {
        this.simulator = started;
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

    /**
     * Stops serving new connections, as the worker a reload replaces: its sockets go to the next one.
     *
     * @return completes once its last connection has ended
     */
    CompletableFuture<Void> stopListening() {
        leave();
        return simulator.leave();
    }
}
