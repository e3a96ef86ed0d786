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
import io.hapsim.simulator.version.VersionProfile;
import io.hapsim.simulator.version.VersionProfiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
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
    /** How the last load went: the start, or the last reload. */
    private ReloadOutcome lastLoad;

    private MasterWorker(Builder builder) throws IOException {
        this.profile = VersionProfiles.get(builder.version);
        this.settings = builder.copy();
        Objects.requireNonNull(settings.masterSocket, "a master socket is needed");
        this.scratchDirectory = Files.createTempDirectory("hapsim-master-");
        this.server = new CliServer();
        long masterPid = Simulator.defaultPid();
        this.processes = new MasterProcesses(masterPid, Instant.now());
        this.log = new ServerLog(masterPid, settings.logSink, new StartupLogBook());
        // a master announces itself before its first warning, whenever it comes: it never leaves its start-up
        log.announceBeforeFirstWarning(ServerLog.selfAnnouncement(profile.version()));
        try {
            HaproxyConfig config = settings.workerTemplate().configuration();
            startWorker();
            lastLoad = new ReloadOutcome(true, log.startupLines());
            Path masterLink = scratchDirectory.resolve("master.sock");
            RuntimeState master = new RuntimeState(profile,
                    ProcessInfo.start(masterPid, config.process(), List.of(), config.file(), profile), log,
                    config.bufferSize(), PatternStore.builder(profile).build());
            CommandRegistry commands = new CommandRegistry(profile, KeywordCatalog.forMaster(profile),
                    CommandTable.of(new SessionCommands(), new InfoCommands(),
                            new MasterCommands(processes, this::reloadOnLoop, () -> lastLoad)));
            server.bind(new StatsSocket(ListenAddress.unix(masterLink), AccessLevel.ADMIN), config.bufferSize(),
                    endpoint -> new CliSession(master, commands, new SessionState(AccessLevel.ADMIN,
                            SeverityOutput.NONE, config.statsTimeout()),
                            ConnectionHooks.plain(NonInteractiveClose.asReal())));
            server.bind(new StatsSocket(ListenAddress.unix(settings.masterSocket), settings.masterLevel),
                    config.bufferSize(), MASTER_CONNECTIONS, endpoint -> new MasterSession(profile, processes, server, masterLink,
                            config.bufferSize(), settings.masterLevel));
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Starts a worker as the version's master does, logging what it logs around it, in the start-up log a reload
     * answers with: where the worker loads the configuration (3.1+), the master notices that it starts it and they
     * keep one log; earlier masters notice the fork in their own.
     */
    private void startWorker() {
        StartupLogBook startup = log.startupBook();
        long pid = processes.nextPid();
        boolean workerLoads = profile.masterCli().workerLoadsConfig();
        if (workerLoads) {
            log.notice("Initializing new worker (" + pid + ")\n");
        }
        Path link = scratchDirectory.resolve("worker-" + pid + ".sock");
        Simulator.Builder worker = settings.workerTemplate().pid(pid).masterLink(link);
        if (workerLoads) {
            worker.startupLog(startup);
        }
        processes.add(new WorkerProcess(worker.start(), pid, link));
        if (!workerLoads) {
            log.notice("New worker (" + pid + ") forked\n");
        }
        log.notice("Loading success.\n");
        startup.close();
    }

    /**
     * Reloads as the master's {@code reload} does: the master executes itself again (its CLI connections end), the
     * workers are replaced by a new one, started from the configuration as it is now on disk, with its maps and
     * servers as their files say (every change made at runtime is lost). A configuration that does not load leaves
     * the workers running, and the reload counts as failed.
     *
     * @return whether the new worker runs
     */
    public boolean reload() {
        return server.call(this::reloadOnLoop).success();
    }

    private ReloadOutcome reloadOnLoop() {
        lastLoad = load();
        return lastLoad;
    }

    private ReloadOutcome load() {
        boolean workerLoads = profile.masterCli().workerLoadsConfig();
        log.notice("Reloading HAProxy\n");
        log.restart(new StartupLogBook(), ServerLog.selfAnnouncement(profile.version()));
        processes.sessions().forEach(session -> session.masterRestarted(profile.masterCli().reloadReports()));
        processes.reloading(workerLoads);
        List<WorkerProcess> former = processes.workers();
        try {
            settings.workerTemplate().check();
        } catch (ConfigException e) {
            return loadFailed(e.refusal(settings.configFile));
        } catch (IOException e) {
            return loadFailed(List.of("Cannot open configuration file/directory " + settings.configFile + " : "
                    + e.getMessage()));
        }
        // the former workers give their sockets to the new one; they leave at once
        former.forEach(worker -> worker.simulator().close());
        startWorker();
        processes.reloadSucceeded();
        for (WorkerProcess worker : former) {
            processes.remove(worker);
            log.warning("Former worker (" + worker.pid() + ") exited with code 0 (Exit)\n");
        }
        return new ReloadOutcome(true, log.startupLines());
    }

    /**
     * The configuration does not load: its alerts, from the master where it loads it, else from a new worker that
     * exits at once; the workers running stay.
     */
    private ReloadOutcome loadFailed(List<String> alerts) {
        StartupLogBook startup = log.startupBook();
        if (profile.masterCli().workerLoadsConfig()) {
            long pid = processes.nextPid();
            log.notice("Initializing new worker (" + pid + ")\n");
            ServerLog worker = new ServerLog(pid, settings.logSink, startup);
            worker.announceBeforeFirstWarning(ServerLog.selfAnnouncement(profile.version()));
            alerts.forEach(worker::configAlert);
            log.warning("Failed to load worker (" + pid + ") exited with code 1 (Exit)\n");
        } else {
            alerts.forEach(log::configAlert);
            log.warning("Loading failure!\n");
        }
        startup.close();
        processes.reloadFailed();
        return new ReloadOutcome(false, log.startupLines());
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

    /** The current worker (the one {@code @1} names). */
    public Simulator worker() {
        return server.call(() -> processes.current().orElseThrow()).simulator();
    }

    public long workerPid() {
        return server.call(() -> processes.current().orElseThrow()).pid();
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
        processes.workers().forEach(worker -> worker.simulator().close());
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

        private Builder() {
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
