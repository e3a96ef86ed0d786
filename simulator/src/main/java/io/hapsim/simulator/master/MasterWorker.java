package io.hapsim.simulator.master;

import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.command.CommandRegistry;
import io.hapsim.simulator.command.CommandTable;
import io.hapsim.simulator.command.KeywordCatalog;
import io.hapsim.simulator.command.info.InfoCommands;
import io.hapsim.simulator.command.session.SessionCommands;
import io.hapsim.simulator.config.ConfigException;
import io.hapsim.simulator.config.HaproxyConfig;
import io.hapsim.simulator.config.ListenAddress;
import io.hapsim.simulator.config.StatsSocket;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.session.CliSession;
import io.hapsim.simulator.session.ConnectionHooks;
import io.hapsim.simulator.session.NonInteractiveClose;
import io.hapsim.simulator.session.SessionState;
import io.hapsim.simulator.session.SeverityOutput;
import io.hapsim.simulator.state.ProcessInfo;
import io.hapsim.simulator.state.RuntimeState;
import io.hapsim.simulator.state.ServerLog;
import io.hapsim.simulator.state.StartupLogBook;
import io.hapsim.simulator.state.pattern.PatternStore;
import io.hapsim.simulator.transport.CliServer;
import io.hapsim.simulator.transport.ConnectionLimit;
import io.hapsim.simulator.transport.Endpoint;
import io.netty.channel.ChannelHandler;
import io.hapsim.simulator.version.MasterCli;
import io.hapsim.simulator.version.VersionProfile;
import io.hapsim.simulator.version.VersionProfiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A simulated master-worker HAProxy ({@code haproxy -W -S <socket> -f <config>}): a master process with its CLI on
 * the master socket, and a worker, a {@link Simulator} with the configuration's stats sockets, that the master
 * reaches through a link of its own. Several can run in one JVM.
 *
 * <pre>{@code
 * try (MasterWorker haproxy = MasterWorker.builder().version("3.2").config(Path.of("haproxy.cfg"))
 *         .masterSocket(Path.of("/tmp/master.sock")).start()) {
 *     // "@1 show info" on haproxy.masterSocket(), or the worker's own sockets: haproxy.worker().endpoints()
 * }
 * }</pre>
 */
public final class MasterWorker implements AutoCloseable {

    /**
     * The master socket's fixed {@code maxconn} (every version), and the backlog HAProxy derives from it: an eleventh
     * client waits in the kernel's queue, the twenty-second is refused (haproxy#3351).
     */
    private static final ConnectionLimit MASTER_CONNECTIONS = new ConnectionLimit(10, 10);

    private final VersionProfile profile;
    private final Builder settings;
    private final Path scratchDirectory;
    private final CliServer server;
    private final MasterProcesses processes;
    private final ServerLog log;
    /** The master socket's listener: before 3.1 the master stops listening while it loads the configuration. */
    private final Function<Endpoint, ChannelHandler> masterSessions;
    private final int bufferSize;
    private volatile Endpoint masterEndpoint;
    /** How long the next loads of the configuration take; see {@link Builder#loadTime(Duration)}. */
    private volatile Duration loadTime;
    /** How long the master takes to execute itself again on a reload; see {@link Builder#restartTime(Duration)}. */
    private volatile Duration restartTime;
    /** How the last load went, or will go while a worker loads: the start, or the last reload. */
    private CompletableFuture<ReloadOutcome> lastLoad;

    private MasterWorker(Builder builder) throws IOException {
        this.profile = VersionProfiles.get(builder.version);
        this.settings = builder.copy();
        Objects.requireNonNull(settings.masterSocket, "a master socket is needed");
        this.loadTime = settings.loadTime;
        this.restartTime = settings.restartTime;
        this.scratchDirectory = Files.createTempDirectory("hapsim-master-");
        this.server = new CliServer();
        long masterPid = Simulator.defaultPid();
        this.processes = new MasterProcesses(masterPid, Instant.now());
        this.log = new ServerLog(masterPid, settings.logSink, new StartupLogBook());
        // a master announces itself before its first warning, whenever it comes: it never leaves its start-up
        log.announceBeforeFirstWarning(ServerLog.selfAnnouncement(profile.version()));
        try {
            HaproxyConfig config = settings.workerTemplate().configuration();
            this.bufferSize = config.bufferSize();
            if (!profile.masterCli().workerLoadsConfig()) {
                // the master loads the configuration before it listens
                pause(loadTime);
            }
            lastLoad = startWorker(loadTime, List.of(), false);
            Path masterLink = scratchDirectory.resolve("master.sock");
            RuntimeState master = new RuntimeState(profile,
                    ProcessInfo.start(masterPid, config.process(), List.of(), config.file(), profile, 0), log,
                    config.bufferSize(), PatternStore.builder(profile).build());
            CommandRegistry commands = new CommandRegistry(profile, KeywordCatalog.forMaster(profile),
                    CommandTable.of(new SessionCommands(), new InfoCommands(),
                            new MasterCommands(processes, this::reloadOnLoop, () -> lastLoad)));
            server.bind(new StatsSocket(ListenAddress.unix(masterLink), AccessLevel.ADMIN), config.bufferSize(),
                    endpoint -> new CliSession(master, commands, new SessionState(AccessLevel.ADMIN,
                            SeverityOutput.NONE, config.statsTimeout()),
                            ConnectionHooks.plain(NonInteractiveClose.asReal())));
            this.masterSessions = endpoint -> new MasterSession(profile, processes, server, masterLink, bufferSize,
                    settings.masterLevel);
            listenOnMasterSocket();
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void listenOnMasterSocket() {
        masterEndpoint = server.bind(new StatsSocket(ListenAddress.unix(settings.masterSocket), settings.masterLevel),
                bufferSize, MASTER_CONNECTIONS, masterSessions);
    }

    /**
     * Starts a worker as the version's master does, logging what it logs around it, in the start-up log a reload
     * answers with: where the worker loads the configuration (3.1+), the master notices that it starts it and they
     * keep one log, and the worker is listed while it loads it, for {@code loadTime}; earlier masters notice the
     * fork in their own log, once they have loaded the configuration themselves. The {@code former} workers give
     * their sockets to the new one as it starts and leave at once: before the start-up log is closed (and the
     * answer written) if {@code formerLeaveFirst}.
     */
    private CompletableFuture<ReloadOutcome> startWorker(Duration loadTime, List<WorkerProcess> former,
            boolean formerLeaveFirst) {
        StartupLogBook startup = log.startupBook();
        boolean workerLoads = profile.masterCli().workerLoadsConfig();
        WorkerProcess worker = newWorker();
        long pid = worker.pid();
        Path link = worker.link();
        return afterLoading(workerLoads ? loadTime : Duration.ZERO, () -> { }, () -> {
            List<CompletableFuture<Void>> served = former.stream().map(WorkerProcess::stopListening).toList();
            MasterCli master = profile.masterCli();
            Simulator.Builder started = settings.workerTemplate().pid(pid).masterLink(link, master.workerDescriptors()
                    + (processes.reloads() > 0 ? master.reexecutedDescriptors() : 0));
            if (workerLoads) {
                started.startupLog(startup);
            }
            worker.running(started.start());
            if (!workerLoads) {
                log.notice("New worker " + named(pid) + " forked\n");
            }
            if (master.logsLoadOutcome()) {
                log.notice("Loading success.\n");
            }
            processes.reloadSucceeded();
            killPastMaxReloads(worker);
            if (formerLeaveFirst) {
                exitWhenServed(former, served);
            }
            startup.close();
            ReloadOutcome loaded = new ReloadOutcome(true, log.startupLines());
            if (!formerLeaveFirst) {
                exitWhenServed(former, served);
            }
            return loaded;
        });
    }

    /**
     * Reloads as the master's {@code reload} does: the master executes itself again (its CLI connections end), the
     * workers are replaced by a new one, started from the configuration as it is now on disk, with its maps and
     * servers as their files say (every change made at runtime is lost). A configuration that does not load leaves
     * the workers running, and the reload counts as failed. With a {@linkplain Builder#loadTime(Duration) load
     * time}, waits for it.
     *
     * @return whether the new worker runs (false also when another reload was still in progress, 3.1+)
     */
    public boolean reload() {
        return server.call(this::reloadOnLoop).join().success();
    }

    /**
     * A reload, on the master's event loop; the outcome comes once the configuration is loaded. From 3.1, while a
     * new worker still loads it, a reload is refused.
     */
    private CompletableFuture<ReloadOutcome> reloadOnLoop() {
        boolean workerLoads = profile.masterCli().workerLoadsConfig();
        if (workerLoads && processes.loading()) {
            return CompletableFuture.completedFuture(
                    new ReloadOutcome(false, List.of("Another reload is still in progress.\n")));
        }
        if (profile.masterCli().logsLoadOutcome()) {
            log.notice("Reloading HAProxy\n");
        } else {
            log.warning("Reexecuting Master process\n");
        }
        log.restart(new StartupLogBook(), ServerLog.selfAnnouncement(profile.version()));
        processes.sessions().forEach(session -> session.masterRestarted(profile.masterCli().reloadReports()));
        processes.reloading(workerLoads);
        List<WorkerProcess> former = processes.workers();
        Duration load = loadTime;
        // the master executes itself again, and up to 3.0 loads the configuration, before it listens again
        Duration away = workerLoads ? restartTime : restartTime.plus(load);
        if (!away.isZero()) {
            server.unbind(masterEndpoint);
        }
        if (workerLoads) {
            if (!away.isZero()) {
                CompletableFuture.runAsync(this::listenOnMasterSocket, after(away));
            }
            lastLoad = reloadWorker(former, load);
        } else {
            lastLoad = afterLoading(away, this::listenOnMasterSocket, () -> reloadFromMaster(former, !away.isZero()));
        }
        return lastLoad;
    }

    /**
     * A new worker, listed from now on, with the next pid and a link of its own; where it loads the configuration
     * itself (3.1+), the master notices that it starts it.
     */
    private WorkerProcess newWorker() {
        long pid = processes.nextPid();
        WorkerProcess worker = new WorkerProcess(pid, scratchDirectory.resolve("worker-" + pid + ".sock"));
        processes.add(worker);
        if (profile.masterCli().workerLoadsConfig()) {
            log.notice("Initializing new worker (" + pid + ")\n");
        }
        return worker;
    }

    /** 3.1+: the new worker loads the configuration; it replaces the former ones if it can. */
    private CompletableFuture<ReloadOutcome> reloadWorker(List<WorkerProcess> former, Duration time) {
        List<String> refusal = configurationRefusal();
        if (refusal.isEmpty()) {
            return startWorker(time, former, !time.isZero());
        }
        StartupLogBook startup = log.startupBook();
        WorkerProcess failing = newWorker();
        long pid = failing.pid();
        return afterLoading(time, () -> { }, () -> {
            processes.remove(failing);
            ServerLog worker = new ServerLog(pid, settings.logSink, startup);
            worker.announceBeforeFirstWarning(ServerLog.selfAnnouncement(profile.version()));
            refusal.forEach(worker::configAlert);
            log.warning("Failed to load worker (" + pid + ") exited with code 1 (Exit)\n");
            return loadFailed(startup);
        });
    }

    /** Up to 3.0: the master has loaded the configuration; it starts a new worker if it could. */
    private ReloadOutcome reloadFromMaster(List<WorkerProcess> former, boolean slow) {
        List<String> refusal = configurationRefusal();
        if (!refusal.isEmpty()) {
            StartupLogBook startup = log.startupBook();
            refusal.forEach(log::configAlert);
            log.warning(profile.masterCli().logsLoadOutcome() ? "Loading failure!\n"
                    : "Reexecuting Master process in waitpid mode\n");
            return loadFailed(startup);
        }
        return startWorker(Duration.ZERO, former, slow).join();
    }

    /**
     * The new worker runs: each former one exits once its last connection has ended, at once if it has none. When
     * the load took time, those without connections had left before the master wrote its answer (it looks every
     * 50 ms), and the answer shows it; after a quick one they have not yet (measured on real 3.0 to 3.4).
     */
    private void exitWhenServed(List<WorkerProcess> former, List<CompletableFuture<Void>> served) {
        for (int i = 0; i < former.size(); i++) {
            WorkerProcess worker = former.get(i);
            if (served.get(i).isDone()) {
                exited(worker);
            } else {
                served.get(i).thenRunAsync(() -> exited(worker), server.eventLoop());
            }
        }
    }

    /** How the master's log names a worker: {@code (<pid>)}, or {@code #1 (<pid>)} with relative pids (2.4). */
    private String named(long pid) {
        return (profile.masterCli().relativePids() ? "#" + WorkerProcess.RELATIVE_PID + " (" : "(") + pid + ")";
    }

    /** A former worker has served its last connection: it exits, and the master logs it. */
    private void exited(WorkerProcess worker) {
        exit(worker, "exited with code 0 (Exit)");
    }

    /** A former worker ends, unless it already has: it is no longer listed, the master logs how, it closes. */
    private void exit(WorkerProcess worker, String how) {
        if (processes.remove(worker)) {
            log.warning("Former worker " + named(worker.pid()) + " " + how + "\n");
            worker.simulator().close();
        }
    }

    /**
     * The workers that have outlived {@code mworker-max-reloads} reloads (3.4: 50 unless set) are killed once the new
     * one runs, their connections with them, and the master logs their end; real 3.4's reload answer shows it.
     */
    private void killPastMaxReloads(WorkerProcess current) {
        int max = maxReloads();
        if (max < 0) {
            return;
        }
        for (WorkerProcess worker : processes.workers()) {
            if (worker != current && worker.reloads() > max) {
                exit(worker, "exited with code 143 (Terminated)"
                        + (profile.masterCli().namesMaxReloads() ? ", as it exceeds max reloads (" + max + ")" : ""));
            }
        }
    }

    /** {@code mworker-max-reloads} of the configuration as it is now, else the version's default (-1: none). */
    private int maxReloads() {
        try {
            return settings.workerTemplate().configuration().process().maxReloads()
                    .orElse(profile.masterCli().defaultMaxReloads());
        } catch (IOException e) {
            return profile.masterCli().defaultMaxReloads();
        }
    }

    /** Why the configuration as it is now on disk does not load: its alerts; none if it loads. */
    private List<String> configurationRefusal() {
        try {
            settings.workerTemplate().check();
            return List.of();
        } catch (ConfigException e) {
            return e.refusal(settings.configFile);
        } catch (IOException e) {
            return List.of("Cannot open configuration file/directory " + settings.configFile + " : "
                    + e.getMessage());
        }
    }

    /** The configuration did not load: the workers running stay, and the reload counts as failed. */
    private ReloadOutcome loadFailed(StartupLogBook startup) {
        startup.close();
        processes.reloadFailed();
        return new ReloadOutcome(false, log.startupLines());
    }

    /**
     * Once {@code loadTime} has passed, runs {@code listen} off the master's event loop (binding waits for the loop,
     * which cannot wait for itself), then {@code loaded} on it. A load of no time runs {@code loaded} at once, on
     * this thread: loads then take no time, as hapsim's tests and scenarios expect.
     */
    private CompletableFuture<ReloadOutcome> afterLoading(Duration loadTime, Runnable listen,
            Supplier<ReloadOutcome> loaded) {
        if (loadTime.isZero()) {
            return CompletableFuture.completedFuture(loaded.get());
        }
        return CompletableFuture.runAsync(listen, after(loadTime))
                .thenApplyAsync(ignored -> loaded.get(), server.eventLoop());
    }

    /** Runs tasks once {@code time} has passed, off the master's event loop. */
    private static Executor after(Duration time) {
        return CompletableFuture.delayedExecutor(time.toNanos(), TimeUnit.NANOSECONDS);
    }

    private static void pause(Duration time) {
        try {
            Thread.sleep(time.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the configuration", e);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public VersionProfile profile() {
        return profile;
    }

    /** Where the master's CLI listens. */
    public Path masterSocket() {
        return settings.masterSocket;
    }

    public long masterPid() {
        return processes.masterPid();
    }

    /**
     * Waits for the load in progress, if any (the start, or a reload; see {@link Builder#loadTime(Duration)}).
     *
     * @return whether it ended with a worker running the configuration it loaded
     */
    public boolean awaitLoad() {
        return server.call(() -> lastLoad).join().success();
    }

    /** The current worker (the one {@code @1} names); none while the first one still loads its configuration. */
    public Simulator worker() {
        return currentWorker().simulator();
    }

    public long workerPid() {
        return currentWorker().pid();
    }

    private WorkerProcess currentWorker() {
        return server.call(() -> processes.current())
                .orElseThrow(() -> new IllegalStateException("no worker runs yet: it still loads its configuration"));
    }

    /**
     * How long the next loads of the configuration take, from the next reload on (the configuration grew, a resolver
     * became slow ...); see {@link Builder#loadTime(Duration)}.
     */
    public void loadTime(Duration time) {
        this.loadTime = Builder.requireNotNegative(time);
    }

    /** How long the master takes to execute itself again, from the next reload on; see the builder's. */
    public void restartTime(Duration time) {
        this.restartTime = Builder.requireNotNegative(time);
    }

    /**
     * The connections the master holds now, each one of its ten slots: a client that gave up on a command still
     * waiting for a frozen worker keeps its slot until the worker answers (haproxy#3351).
     */
    public int masterConnections() {
        return server.call(() -> processes.sessions().size());
    }

    @Override
    public void close() {
        server.close();
        processes.workers().stream().filter(worker -> !worker.loading())
                .forEach(worker -> worker.simulator().close());
        try (Stream<Path> files = Files.walk(scratchDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How to start one: the version, the configuration, and the master socket ({@code -S}). */
    public static final class Builder {

        private String version = "3.0";
        private Path configFile;
        private String configText;
        private Path masterSocket;
        private AccessLevel masterLevel = AccessLevel.ADMIN;
        private Consumer<String> logSink = ServerLog::printToStandardError;
        private UnaryOperator<Simulator.Builder> workerSettings = UnaryOperator.identity();
        private Duration loadTime = Duration.ZERO;
        private Duration restartTime = Duration.ZERO;

        private Builder() {
        }

        /**
         * How long loading the configuration takes (large maps, many certificates, slow resolvers), at start and at
         * each reload; none by default. From 3.1 a new worker loads it: {@code show proc} lists it meanwhile, but no
         * {@code @} prefix reaches it ({@code @1} still names the worker it replaces), and a {@code reload} answers
         * that another is still in progress. Up to 3.0 the master loads it, and refuses connections meanwhile. The
         * client that asked for the reload waits for its answer (3.0+).
         */
        public Builder loadTime(Duration time) {
            this.loadTime = requireNotNegative(time);
            return this;
        }

        /**
         * How long the master takes to execute itself again on a reload, its socket refusing connections meanwhile
         * (real ones took 50 to 90 ms on the machines hapsim is measured on); none by default. Up to 3.0 the load
         * time follows, the socket still refusing.
         */
        public Builder restartTime(Duration time) {
            this.restartTime = requireNotNegative(time);
            return this;
        }

        static Duration requireNotNegative(Duration time) {
            if (time.isNegative()) {
                throw new IllegalArgumentException("a duration cannot be negative here: " + time);
            }
            return time;
        }

        /**
         * More settings for each worker (extra sockets, maps, {@code tune.bufsize} ...), applied to a fresh builder;
         * the version, configuration and log are the master's.
         */
        public Builder worker(UnaryOperator<Simulator.Builder> settings) {
            this.workerSettings = Objects.requireNonNull(settings);
            return this;
        }

        public Builder version(String version) {
            this.version = Objects.requireNonNull(version);
            return this;
        }

        public Builder config(Path file) {
            this.configFile = file;
            this.configText = null;
            return this;
        }

        public Builder config(String text) {
            this.configText = text;
            this.configFile = null;
            return this;
        }

        /** The master socket, at level admin ({@code -S <path>}). */
        public Builder masterSocket(Path path) {
            return masterSocket(path, AccessLevel.ADMIN);
        }

        /** The master socket at a level ({@code -S <path>,level <level>}). */
        public Builder masterSocket(Path path, AccessLevel level) {
            this.masterSocket = path;
            this.masterLevel = Objects.requireNonNull(level);
            return this;
        }

        /** Where the processes' logs go (the master's and the workers'); standard error by default. */
        public Builder log(Consumer<String> sink) {
            this.logSink = Objects.requireNonNull(sink);
            return this;
        }

        Builder copy() {
            Builder copy = new Builder();
            copy.version = version;
            copy.configFile = configFile;
            copy.configText = configText;
            copy.masterSocket = masterSocket;
            copy.masterLevel = masterLevel;
            copy.logSink = logSink;
            copy.workerSettings = workerSettings;
            copy.loadTime = loadTime;
            copy.restartTime = restartTime;
            return copy;
        }

        public MasterWorker start() {
            try {
                return new MasterWorker(this);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A worker as these settings make it, before its pid and link. */
        Simulator.Builder workerTemplate() {
            Simulator.Builder worker = workerSettings.apply(Simulator.builder()).version(version).log(logSink);
            if (configFile != null) {
                worker.config(configFile);
            } else if (configText != null) {
                worker.config(configText);
            }
            return worker;
        }
    }
}
