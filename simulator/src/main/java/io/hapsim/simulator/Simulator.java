package io.hapsim.simulator;

import io.hapsim.simulator.command.CommandRegistry;
import io.hapsim.simulator.command.StandardCommands;
import io.hapsim.simulator.config.ConfigException;
import io.hapsim.simulator.config.ConfigParser;
import io.hapsim.simulator.config.HaproxyConfig;
import io.hapsim.simulator.config.ListenAddress;
import io.hapsim.simulator.config.ProcessSettings;
import io.hapsim.simulator.config.StatsSocket;
import io.hapsim.simulator.fault.Faults;
import io.hapsim.simulator.journal.Journal;
import io.hapsim.simulator.journal.JournalSettings;
import io.hapsim.simulator.journal.RecordedCommand;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.session.CliSession;
import io.hapsim.simulator.session.NonInteractiveClose;
import io.hapsim.simulator.session.ConnectionHooks;
import io.hapsim.simulator.session.SessionState;
import io.hapsim.simulator.state.ProcessInfo;
import io.hapsim.simulator.state.RootStartWarnings;
import io.hapsim.simulator.state.RuntimeState;
import io.hapsim.simulator.state.ServerLog;
import io.hapsim.simulator.state.StartupLogBook;
import io.hapsim.simulator.state.pattern.MatchType;
import io.hapsim.simulator.state.pattern.PatternStore;
import io.hapsim.simulator.state.proxy.Proxies;
import io.hapsim.simulator.state.tls.TlsReferences;
import io.hapsim.simulator.state.tls.TlsStores;
import io.hapsim.simulator.transport.CliServer;
import io.hapsim.simulator.transport.Endpoint;
import io.hapsim.simulator.transport.TlsFrontends;
import io.hapsim.simulator.version.MasterCli;
import io.hapsim.simulator.version.VersionProfile;
import io.hapsim.simulator.version.VersionProfiles;
import io.netty.channel.ChannelHandler;
import io.netty.util.internal.logging.InternalLoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A running simulated HAProxy Runtime API. Build one with {@link #builder()}, talk to its {@link #endpoints()}, and
 * {@link #close()} it; several can run in one JVM.
 *
 * <pre>{@code
 * try (Simulator haproxy = Simulator.builder().version("3.0").config(Path.of("haproxy.cfg")).start()) {
 *     Path socket = haproxy.unixSocket();
 *     ...
 * }
 * }</pre>
 */
public final class Simulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Simulator.class);
    private static final long SIMULATED_PID_BASE = 40_000;

    private final VersionProfile profile;
    private final CliServer server;
    private final List<Endpoint> endpoints;
    /** The {@code bind} lines' addresses it serves TLS on, with {@link Builder#serveTls}. */
    private final List<Endpoint> tlsEndpoints;
    private final ServerLog log;
    /** The folder of the socket made up when none was configured, removed on close; null otherwise. */
    private final Path scratchDirectory;
    private final Journal journal;
    private final Faults faults;
    private final AtomicLong connectionIds = new AtomicLong();
    /** Set once the sockets listen; the faults pause and resume accepting through it. */
    private volatile CliServer listening;
    private final Consumer<Throwable> fatalErrors;
    private final AtomicBoolean failed = new AtomicBoolean();
    private volatile NonInteractiveClose nonInteractiveClose;
    private final Queue<NonInteractiveClose> nextConnectionsClose = new ConcurrentLinkedQueue<>();
    /** The state new sessions share; {@link #reset()} replaces it. */
    private final StateHolder state;

    private Simulator(Builder builder) throws IOException {
        // Netty's logging is settled on this thread before a second one logs: with SLF4J, two threads logging while
        // it binds make it replay the calls and warn about it (where Netty logs elsewhere, this costs nothing)
        InternalLoggerFactory.getDefaultFactory();
        // On a cold JVM, Netty's start (native transport, event loop, bind) and hapsim's (configuration, maps,
        // keyword tables) each take tens of milliseconds: the sockets open while the rest is read, and a connection
        // accepted meanwhile waits for the commands to be ready.
        long startedNanos = System.nanoTime();
        CompletableFuture<HaproxyConfig> configured = new CompletableFuture<>();
        CompletableFuture<Function<Endpoint, CliSession>> sessions = new CompletableFuture<>();
        CompletableFuture<Listening> listening = CompletableFuture.supplyAsync(
                () -> Listening.open(configured, socket -> sessions.join().apply(socket)), Simulator::startThread);
        RuntimeState runtime;
        try {
            Builder settings = builder.copy(); // what reset() rebuilds from, whatever the caller changes later
            this.profile = VersionProfiles.get(builder.version);
            this.nonInteractiveClose = builder.nonInteractiveClose;
            this.journal = new Journal(builder.journal);
            this.faults = new Faults(this::accepting);
            this.fatalErrors = builder.fatalErrors != null ? builder.fatalErrors : this::stopAfter;
            HaproxyConfig config = builder.effectiveConfig(profile);
            this.scratchDirectory = builder.scratchDirectory;
            configured.complete(config);
            long pid = builder.pid != null ? builder.pid : defaultPid();
            this.log = builder.sharedStartupLog != null ? new ServerLog(pid, builder.logSink, builder.sharedStartupLog)
                    : new ServerLog(pid, builder.logSink);
            log.announceBeforeFirstWarning(ServerLog.selfAnnouncement(profile.version()));
            config.alerts().forEach(log::configAlert);
            this.state = new StateHolder(() -> settings.runtime(profile, config, log, pid));
            runtime = state.current();
            if (profile.startupLog().noticesMaxconn() && config.process().maxconn() == 0) {
                log.notice("Automatically setting global.maxconn to " + runtime.process().limits().maxconn() + ".\n");
            }
            // a worker is started by its master under the executable's full path, and names itself so
            RootStartWarnings.log(profile, config.process(), log,
                    builder.masterLink != null ? ServerLog.executable().orElse("haproxy") : "haproxy");
            log.started();
            CommandRegistry registry = new CommandRegistry(profile, StandardCommands.table());
            sessions.complete(endpoint -> {
                long id = connectionIds.incrementAndGet();
                String address = endpoint.address();
                StatsSocket socket = endpoint.socket();
                SessionState session = new SessionState(socket.level(), socket.severityOutput(),
                        config.statsTimeout());
                session.listenerId(config.sockets().indexOf(socket) + 1);
                session.fromMaster(socket.address().isMasterLink());
                return new CliSession(state.current(), registry, session,
                        new ConnectionHooks(journal.open(id, address, socket.level()),
                                faults.forConnection(address, id), closeOfNewConnection(), this::fatalError));
            });
            if (!listening.isDone()) {
                FirstCommands.prepare(runtime, registry);
            }
        } catch (IOException | RuntimeException e) {
            configured.completeExceptionally(e);
            sessions.completeExceptionally(e);
            listening.thenAccept(opened -> {
                opened.server().close();
                deleteScratchDirectory(builder.scratchDirectory);
            });
            throw e;
        }
        Listening opened = await(listening);
        runtime.counters().booted(Duration.ofNanos(System.nanoTime() - startedNanos));
        this.server = opened.server();
        this.endpoints = opened.endpoints();
        this.tlsEndpoints = builder.serveTls ? serveTls(runtime) : List.of();
        this.listening = server;
    }

    /** A made-up pid, the same for every simulator of this JVM: hapsim's start-up log names it. */
    public static long defaultPid() {
        return SIMULATED_PID_BASE + ProcessHandle.current().pid() % 10_000;
    }

    /** The server and its sockets, once every socket of the configuration listens. */
    private record Listening(CliServer server, List<Endpoint> endpoints) {

        static Listening open(CompletableFuture<HaproxyConfig> configured,
                Function<Endpoint, ChannelHandler> sessions) {
            CliServer server = new CliServer();
            List<Endpoint> bound = new ArrayList<>();
            try {
                HaproxyConfig config = configured.join();
                for (StatsSocket socket : config.sockets()) {
                    bound.add(server.bind(socket, config.bufferSize(), sessions));
                }
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            return new Listening(server, List.copyOf(bound));
        }
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }


    private static void startThread(Runnable task) {
        Thread thread = new Thread(task, "hapsim-start");
        thread.setDaemon(true);
        thread.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    public VersionProfile profile() {
        return profile;
    }

    /** Where it serves the {@code bind} lines' TLS handshakes ({@link Builder#serveTls}; none without). */
    public List<Endpoint> tlsEndpoints() {
        return tlsEndpoints;
    }

    private List<Endpoint> serveTls(RuntimeState runtime) {
        try {
            return TlsFrontends.listen(server, runtime.servingBinds(), profile.addressSyntax(),
                    runtime.bufferSize(), state::current);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The stats sockets clients reach it by (a worker's link to its master aside). */
    public List<Endpoint> endpoints() {
        return endpoints.stream().filter(endpoint -> !endpoint.socket().address().isMasterLink()).toList();
    }

    /** The first UNIX socket. */
    public Path unixSocket() {
        return endpoints().stream().filter(Endpoint::isUnix).map(Endpoint::path).findFirst()
                .orElseThrow(() -> new IllegalStateException("this simulator has no UNIX socket"));
    }

    /** The first TCP socket. */
    public InetSocketAddress tcpAddress() {
        return endpoints().stream().filter(e -> !e.isUnix()).map(Endpoint::tcpAddress).findFirst()
                .orElseThrow(() -> new IllegalStateException("this simulator has no TCP socket"));
    }

    /** What the simulated process wrote on its standard error, in HAProxy's format. */
    public List<String> serverLog() {
        return log.lines();
    }

    /**
     * Takes the oldest command run and not yet taken (within the journal's limits, see {@link JournalSettings}),
     * waiting up to {@code timeout}; null if none came.
     */
    public RecordedCommand takeCommand(Duration timeout) throws InterruptedException {
        return journal.take(timeout);
    }

    /** Every connection and command, within the journal's limits: what the clients really did. */
    public Journal journal() {
        return journal;
    }

    /** The faults armed on this simulator, and where new ones are declared. */
    public Faults faults() {
        return faults;
    }

    private void fatalError(Throwable error) {
        if (failed.compareAndSet(false, true)) {
            fatalErrors.accept(error);
        }
    }

    /**
     * Leaves as the worker a reload replaces does: it stops listening on its sockets (the next worker binds them) but
     * for its link to its master, and serves the connections it has, with its own state, until they end (a client's
     * close, the stats timeout). Close it then.
     *
     * @return completes once its last connection has ended (at once if none is open)
     */
    public CompletableFuture<Void> leave() {
        String link = endpoints.stream().filter(endpoint -> endpoint.socket().address().isMasterLink())
                .map(Endpoint::address).findFirst().orElse(null);
        return listening().leave(link);
    }

    /**
     * Stops the simulated process as {@code kill -STOP} stops HAProxy (a stuck worker): until {@link #thaw()},
     * nothing is accepted, read, answered or timed out; clients' connections and commands wait in the kernel's
     * queues, and the timeouts that came due fire at the thaw. Reading the simulator's state fails meanwhile.
     */
    public void freeze() {
        listening().freeze();
    }

    /** Lets a {@linkplain #freeze() frozen} process go on, as {@code kill -CONT}. */
    public void thaw() {
        listening().thaw();
    }

    private CliServer listening() {
        CliServer server = listening;
        if (server == null) {
            throw new IllegalStateException("the simulator is not listening yet");
        }
        return server;
    }

    /** Pauses or resumes accepting on the socket of this address (null: on every socket). */
    private void accepting(String address, boolean accept) {
        listening().accepting(address, accept);
    }

    /**
     * What a simulator does by default when it cannot serve any more (out of memory): it says so and closes, so
     * that clients see their connections end rather than hang. Closing waits for the event loop, so not on it.
     */
    private void stopAfter(Throwable error) {
        LOG.error("the simulator cannot serve any more and closes: {}", error.toString());
        Thread closer = new Thread(this::close, "hapsim-fatal-close");
        closer.setDaemon(true);
        closer.start();
    }

    /**
     * How the non-interactive connections accepted from now on end between commands on 2.4 to 2.8 (the
     * haproxy#2658 race); see {@link NonInteractiveClose}.
     */
    public void nonInteractiveClose(NonInteractiveClose close) {
        this.nonInteractiveClose = Objects.requireNonNull(close);
    }

    /**
     * Like {@link #nonInteractiveClose(NonInteractiveClose)}, for the next connection accepted only; each call
     * queues one, taken in order.
     */
    public void nonInteractiveCloseOfNextConnection(NonInteractiveClose close) {
        nextConnectionsClose.add(Objects.requireNonNull(close));
    }

    private NonInteractiveClose closeOfNewConnection() {
        NonInteractiveClose queued = nextConnectionsClose.poll();
        return queued != null ? queued : nonInteractiveClose;
    }

    /**
     * Puts the simulated process back in the state its configuration and files give: maps and ACLs read again from
     * their files, servers with their configured states and weights, {@code show info}'s counters from zero. The
     * connections open now are closed (as a restart would); those accepted once this returns see the new state.
     * The sockets, the journal and the server log stay.
     */
    public void reset() {
        RuntimeState fresh;
        try {
            fresh = state.fresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fresh.counters().booted(state.current().counters().bootTime());
        server.closeConnectionsWith(() -> state.use(fresh));
    }

    /** Reads and changes maps and servers directly, as the CLI commands would, without a connection. */
    public SimulatorState state() {
        return new SimulatorState(server, state::current);
    }

    /** Stops listening, closes every connection and removes the UNIX socket files. */
    @Override
    public void close() {
        server.close();
        deleteScratchDirectory(scratchDirectory);
    }

    private static void deleteScratchDirectory(Path directory) {
        if (directory != null) {
            try {
                Files.deleteIfExists(directory);
            } catch (IOException e) {
                LOG.debug("cannot remove {}: {}", directory, e.toString());
            }
        }
    }

    /** Configures a {@link Simulator}. Without a configuration or socket, it listens on a temporary UNIX socket. */
    public static final class Builder {

        private String version = "3.0";
        private Path configFile;
        private String configText;
        private final List<StatsSocket> extraSockets = new ArrayList<>();
        private final List<Map.Entry<Path, MatchType>> extraMaps = new ArrayList<>();
        private Integer bufferSize;
        private Duration statsTimeout;
        private Consumer<String> logSink = ServerLog::printToStandardError;
        private NonInteractiveClose nonInteractiveClose = NonInteractiveClose.asReal();
        private boolean serveTls;
        private JournalSettings journal = JournalSettings.defaults();
        private Consumer<Throwable> fatalErrors;
        private Path scratchDirectory;
        private UnaryOperator<StatsSocket> socketPlacement = UnaryOperator.identity();
        /** Where a simulator this one replaces listened (null: the configuration's sockets). */
        private List<StatsSocket> reboundSockets;
        private Path reboundScratchDirectory;
        private Long pid;
        private Path masterLink;
        private int masterDescriptors;
        private StartupLogBook sharedStartupLog;

        private Builder() {
        }

        /** The HAProxy version profile: 2.4, 2.6, 2.8.0, 2.8, 3.0, 3.1 or 3.2. */
        public Builder version(String version) {
            this.version = Objects.requireNonNull(version);
            return this;
        }

        /** A real haproxy.cfg: its stats sockets are opened and its maps and ACLs loaded. */
        public Builder config(Path file) {
            this.configFile = Objects.requireNonNull(file);
            return this;
        }

        /** Configuration text, as if read from a file named {@code haproxy.cfg} in the working directory. */
        public Builder config(String text) {
            this.configText = Objects.requireNonNull(text);
            return this;
        }

        /** Adds a UNIX stats socket. */
        public Builder socket(Path path, AccessLevel level) {
            extraSockets.add(new StatsSocket(ListenAddress.unix(path), level));
            return this;
        }

        /** Adds a TCP stats socket; port 0 picks a free port (see {@link Simulator#tcpAddress()}). */
        public Builder tcp(String host, int port, AccessLevel level) {
            extraSockets.add(new StatsSocket(ListenAddress.tcp(host, port), level));
            return this;
        }

        /**
         * Loads a map file as if a {@code map_<type>} converter used it (after the configuration's references).
         *
         * @param type a match method: str, beg, sub, dir, dom, end, reg, ip, int ...
         */
        public Builder map(Path file, String type) {
            MatchType match = MatchType.fromWord(type);
            if (match == null) {
                throw new IllegalArgumentException("unknown map type '" + type + "'");
            }
            extraMaps.add(Map.entry(file, match));
            return this;
        }

        /** tune.bufsize, overriding the configuration's. */
        public Builder bufferSize(int bytes) {
            this.bufferSize = bytes;
            return this;
        }

        /** stats timeout, overriding the configuration's. */
        public Builder statsTimeout(Duration timeout) {
            this.statsTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /**
         * How non-interactive connections end between commands on 2.4 to 2.8: as real HAProxy (the default, a
         * race on how the client's bytes arrive), never, or after a given command; see {@link NonInteractiveClose}.
         */
        public Builder nonInteractiveClose(NonInteractiveClose close) {
            this.nonInteractiveClose = Objects.requireNonNull(close);
            return this;
        }

        /**
         * Also listens on the configuration's {@code bind} lines that serve certificates, for the TLS handshake only:
         * a client gets the certificate and chain HAProxy would serve it, as commits leave them (see
         * {@link TlsFrontends}).
         */
        public Builder serveTls(boolean serve) {
            this.serveTls = serve;
            return this;
        }

        /** What the simulator keeps of the commands it runs ({@link JournalSettings#defaults()} unless set). */
        public Builder journal(JournalSettings settings) {
            this.journal = Objects.requireNonNull(settings);
            return this;
        }

        /**
         * Called once, with the first error after which the simulator cannot serve any more (out of memory). By
         * default it logs the error and closes; a standalone server rather exits.
         */
        public Builder onFatalError(Consumer<Throwable> handler) {
            this.fatalErrors = Objects.requireNonNull(handler);
            return this;
        }

        /** Where the simulated process's warnings go (standard error by default). */
        public Builder log(Consumer<String> sink) {
            this.logSink = Objects.requireNonNull(sink);
            return this;
        }

        /** The process id the simulator reports ({@code show info}, its log), instead of one made up. */
        public Builder pid(long value) {
            this.pid = value;
            return this;
        }

        /**
         * Runs as the worker of a master-worker HAProxy: besides its stats sockets, it listens for its master at
         * {@code socketFile}, at level admin, and lists that link as HAProxy lists its socket pair to the master. It
         * counts {@code masterDescriptors} for its master, which lower the maxconn it computes.
         */
        public Builder masterLink(Path socketFile, int masterDescriptors) {
            this.masterLink = socketFile;
            this.masterDescriptors = masterDescriptors;
            return this;
        }

        /** Keeps the start-up log in its master's {@code book} (3.1+), which the master closes once it is ready. */
        public Builder startupLog(StartupLogBook book) {
            this.sharedStartupLog = book;
            return this;
        }

        public Simulator start() {
            try {
                return new Simulator(this);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A builder with the same settings as this one, for another simulator. */
        public Builder copy() {
            Builder copy = new Builder();
            copy.version = version;
            copy.configFile = configFile;
            copy.configText = configText;
            copy.extraSockets.addAll(extraSockets);
            copy.extraMaps.addAll(extraMaps);
            copy.bufferSize = bufferSize;
            copy.statsTimeout = statsTimeout;
            copy.logSink = logSink;
            copy.nonInteractiveClose = nonInteractiveClose;
            copy.serveTls = serveTls;
            copy.journal = journal;
            copy.fatalErrors = fatalErrors;
            copy.socketPlacement = socketPlacement;
            copy.reboundSockets = reboundSockets;
            copy.reboundScratchDirectory = reboundScratchDirectory;
            copy.pid = pid;
            copy.masterLink = masterLink;
            copy.masterDescriptors = masterDescriptors;
            copy.sharedStartupLog = sharedStartupLog;
            return copy;
        }

        /**
         * Moves every socket, the configuration's and the added ones, where {@code placement} says: how several
         * simulators of one configuration get sockets of their own.
         */
        public Builder placeSockets(UnaryOperator<StatsSocket> placement) {
            this.socketPlacement = Objects.requireNonNull(placement);
            return this;
        }

        /**
         * Listens where {@code previous} listened instead: the same UNIX paths, the same TCP ports (the one a
         * port-0 socket got, too). For a simulator that replaces {@code previous}, closed just before.
         */
        public Builder sameSocketsAs(Simulator previous) {
            this.reboundSockets = previous.endpoints.stream().map(Endpoint::asBound).toList();
            this.reboundScratchDirectory = previous.scratchDirectory;
            return this;
        }

        /** A process state as the configuration, its files and these settings give it. */
        RuntimeState runtime(VersionProfile profile, HaproxyConfig config, ServerLog log, long pid)
                throws IOException {
            ProcessInfo process = ProcessInfo.start(pid, config.process(), config.sockets(), config.file(),
                    profile, masterDescriptors);
            return new RuntimeState(profile, process, log, config.bufferSize(), patterns(profile),
                    proxies(profile, process.limits().maxconn()), tls(profile, log));
        }

        /** The certificates, CA and CRL files of the configuration's {@code bind} lines, warned of in {@code log}. */
        TlsStores tls(VersionProfile profile, ServerLog log) throws IOException {
            String text = configFile != null ? Files.readString(configFile, StandardCharsets.ISO_8859_1) : configText;
            String fileName = configFile != null ? configFile.toString() : "haproxy.cfg";
            TlsReferences references = text != null ? TlsReferences.fromConfig(text, fileName) : TlsReferences.none();
            return TlsStores.of(references, profile.tlsCli(), log::configWarning);
        }

        /** The maps and ACLs of the configuration (and HAProxy's internal ones). */
        PatternStore patterns(VersionProfile profile) throws IOException {
            PatternStore.Builder patterns = PatternStore.builder(profile);
            extraMaps.forEach(map -> patterns.mapFile(map.getKey(), map.getValue()));
            if (configFile != null) {
                return patterns.config(configFile).build();
            }
            if (configText != null) {
                return patterns.buildFromText(configText, "haproxy.cfg");
            }
            return patterns.build();
        }

        /** The frontends, backends and stick tables of the configuration, in a process of that maxconn. */
        Proxies proxies(VersionProfile profile, int globalMaxconn) throws IOException {
            if (configFile != null) {
                return Proxies.fromConfig(Files.readString(configFile, StandardCharsets.ISO_8859_1),
                        configFile.toString(), profile, globalMaxconn);
            }
            return configText != null ? Proxies.fromConfig(configText, profile, globalMaxconn)
                    : Proxies.none(globalMaxconn);
        }

        /** The configuration as given (file or text), read for this builder's version; none: HAProxy's defaults. */
        public HaproxyConfig configuration() throws IOException {
            VersionProfile profile = VersionProfiles.get(version);
            if (configFile != null) {
                return ConfigParser.parse(configFile, profile);
            }
            if (configText != null) {
                return ConfigParser.parse(configText, Path.of("haproxy.cfg"), profile);
            }
            return new HaproxyConfig(null, List.of(), HaproxyConfig.DEFAULT_STATS_TIMEOUT,
                    HaproxyConfig.DEFAULT_BUFFER_SIZE, ProcessSettings.DEFAULTS, List.of());
        }

        /**
         * Reads the configuration and loads its maps, ACLs, proxies and TLS files as {@link #start()} would, without
         * listening ({@code haproxy -c}): a {@link ConfigException} says what HAProxy would refuse.
         */
        public void check() throws IOException {
            VersionProfile profile = VersionProfiles.get(version);
            HaproxyConfig config = configuration();
            patterns(profile);
            proxies(profile, config.process().maxconn());
            tls(profile, new ServerLog(0, line -> { }));
        }

        HaproxyConfig effectiveConfig(VersionProfile profile) throws IOException {
            HaproxyConfig parsed = configuration();
            List<StatsSocket> sockets = new ArrayList<>(parsed.sockets());
            sockets.addAll(extraSockets);
            sockets.replaceAll(socketPlacement);
            if (reboundSockets != null) {
                sockets = reboundSockets;
                scratchDirectory = reboundScratchDirectory;
                if (scratchDirectory != null) {
                    Files.createDirectories(scratchDirectory); // the previous simulator removed it on close
                }
            } else if (sockets.isEmpty() && masterLink == null) {
                scratchDirectory = Files.createTempDirectory("hapsim-");
                sockets.add(new StatsSocket(ListenAddress.unix(scratchDirectory.resolve("admin.sock")),
                        AccessLevel.ADMIN));
            }
            if (masterLink != null && reboundSockets == null) {
                MasterCli master = profile.masterCli();
                StatsSocket link = new StatsSocket(ListenAddress.masterLink(masterLink, master.linkDescriptor()),
                        AccessLevel.ADMIN);
                sockets.add(master.linkListedFirst() ? 0 : sockets.size(), link);
            }
            return new HaproxyConfig(parsed.file(), sockets,
                    statsTimeout != null ? statsTimeout : parsed.statsTimeout(),
                    bufferSize != null ? bufferSize : parsed.bufferSize(), parsed.process(), parsed.alerts());
        }
    }
}
