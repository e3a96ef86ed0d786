package io.hapsim.simulator.master;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The processes a master knows of: itself and its workers, current and leaving, as {@code show proc} lists them and
 * as the {@code @} prefixes of its CLI name them; and the connections to its CLI, which end when it executes itself
 * again to reload. Touched only on the master's event loop.
 */
final class MasterProcesses {

    private final long masterPid;
    private final Instant masterStartedAt;
    private final List<WorkerProcess> workers = new ArrayList<>();
    private final Set<MasterSession> sessions = new LinkedHashSet<>();
    private long lastPid;
    private int reloads;
    private int failedReloads;

    MasterProcesses(long masterPid, Instant masterStartedAt) {
        this.masterPid = masterPid;
        this.masterStartedAt = masterStartedAt;
        this.lastPid = masterPid;
    }

    /** The pid of the next worker: the one after the last process started. */
    long nextPid() {
        return ++lastPid;
    }

    int failedReloads() {
        return failedReloads;
    }

    /**
     * A reload begins: every worker now running is one reload older, and leaving from now on if the new worker loads
     * the configuration itself ({@code leaveNow}, 3.1+), else once it runs.
     */
    void reloading(boolean leaveNow) {
        reloads++;
        workers.forEach(WorkerProcess::reloaded);
        if (leaveNow) {
            workers.forEach(WorkerProcess::leave);
        }
    }

    /** The new worker runs: the failures before it are forgotten. */
    void reloadSucceeded() {
        failedReloads = 0;
    }

    void reloadFailed() {
        failedReloads++;
    }

    void opened(MasterSession session) {
        sessions.add(session);
    }

    void closed(MasterSession session) {
        sessions.remove(session);
    }

    /** The connections to the master's CLI open now. */
    List<MasterSession> sessions() {
        return List.copyOf(sessions);
    }

    long masterPid() {
        return masterPid;
    }

    Instant masterStartedAt() {
        return masterStartedAt;
    }

    /** Reloads done since the master started. */
    int reloads() {
        return reloads;
    }

    void add(WorkerProcess worker) {
        workers.add(worker);
    }

    /** False if it was no longer listed (killed before its last connection ended). */
    boolean remove(WorkerProcess worker) {
        return workers.remove(worker);
    }

    /** The workers, oldest first. */
    List<WorkerProcess> workers() {
        return List.copyOf(workers);
    }

    /**
     * The current worker: {@code @1}, the one that has seen the fewest reloads among those running (while a new one
     * loads its configuration, the one it replaces).
     */
    Optional<WorkerProcess> current() {
        return workers.stream().filter(worker -> !worker.loading())
                .min(Comparator.comparingInt(WorkerProcess::reloads));
    }

    /** The running worker of this pid ({@code @!<pid>}); one that loads its configuration is not reached yet. */
    Optional<WorkerProcess> byPid(long pid) {
        return workers.stream().filter(worker -> worker.pid() == pid && !worker.loading()).findFirst();
    }

    /** Whether a worker still loads its configuration: the reload that started it is in progress. */
    boolean loading() {
        return workers.stream().anyMatch(WorkerProcess::loading);
    }
}
