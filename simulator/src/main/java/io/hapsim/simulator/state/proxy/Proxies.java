package io.hapsim.simulator.state.proxy;

import io.hapsim.simulator.state.ServerLog;
import io.hapsim.simulator.state.events.EventSinks;
import io.hapsim.simulator.version.TaskCount;
import io.hapsim.simulator.version.VersionProfile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The proxies and stick tables of the configuration, in HAProxy's order, and the process-wide maxconn. Built
 * once by {@link ProxyConfigReader}; the CLI then changes their runtime state.
 */
public final class Proxies {

    /** Changed by "add backend" and "del backend" while dumps may be walking it. */
    private final List<Proxy> proxies;
    private final List<StickTable> tables;
    private final Map<String, StickTableEntries> tableEntries;
    private final int hardMaxconn;
    private final Map<String, DefaultsSection> namedDefaults;
    private final LongSupplier clock;
    /** The clock stick tables count milliseconds on: the host's monotonic one until the process's is given. */
    private volatile LongSupplier tableMillis = () -> TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
    private int globalMaxconn;
    /** The lowest id the next backend added at run time may take: it only moves forward. */
    private int dynamicIdCursor;
    private ServerLog log;
    private EventSinks events;
    private boolean updatesRestateDrain;
    /**
     * HAProxy's process-wide count behind a new server's revision (show stat's srid): a deletion marks it, and the
     * next server added moves it on, so that a reused name or id is told apart from the deleted server's.
     */
    private int revision;
    private boolean deletedSinceLastAdd;

    Proxies(List<Proxy> proxies, List<StickTable> tables, int globalMaxconn, Map<String, DefaultsSection> namedDefaults,
            int dynamicIdCursor, LongSupplier clock) {
        this.proxies = new CopyOnWriteArrayList<>(proxies);
        this.tables = List.copyOf(tables);
        this.tableEntries = StickTableEntries.of(tables, () -> tableMillis.getAsLong());
        this.globalMaxconn = globalMaxconn;
        this.hardMaxconn = globalMaxconn;
        this.namedDefaults = Map.copyOf(namedDefaults);
        this.dynamicIdCursor = dynamicIdCursor;
        this.clock = clock;
    }

    /** A process without proxies (no configuration file) whose global maxconn is {@code globalMaxconn}. */
    public static Proxies none(int globalMaxconn) {
        return new Proxies(List.of(), List.of(), globalMaxconn, Map.of(), 2, () -> 0);
    }

    /**
     * Reads the proxies of a haproxy.cfg as the version does; ages count from now, in seconds of a monotonic clock.
     *
     * @param globalMaxconn the process's maxconn (configured, or computed from its descriptor limit): what frontends
     *                      without one of their own get, and the most {@code set maxconn global} accepts
     */
    public static Proxies fromConfig(String text, VersionProfile profile, int globalMaxconn) {
        return fromConfig(text, "haproxy.cfg", profile, globalMaxconn);
    }

    /** As {@link #fromConfig(String, VersionProfile, int)}, from the file named {@code fileName}. */
    public static Proxies fromConfig(String text, String fileName, VersionProfile profile, int globalMaxconn) {
        return ProxyConfigReader.read(text, fileName, () -> TimeUnit.NANOSECONDS.toSeconds(System.nanoTime()),
                profile.healthNeedsDefaultServer(), globalMaxconn);
    }

    /** Reads the proxies of a haproxy.cfg with the given clock, every server starting at its rise health. */
    static Proxies fromConfig(String text, LongSupplier clock, int globalMaxconn) {
        return ProxyConfigReader.read(text, "haproxy.cfg", clock, false, globalMaxconn);
    }

    /**
     * The process's internal clock in milliseconds, which HAProxy dates its stick-table rates and expiry on: the
     * parity of the tick a rate is set at shortens its period by a millisecond.
     */
    public void keepTablesOn(LongSupplier internalClockMillis) {
        this.tableMillis = internalClockMillis;
    }

    /**
     * Where the servers and backends log their state changes: standard error, as HAProxy prints them, and the event
     * rings of their log lines; see {@link io.hapsim.simulator.version.VersionProfile#updatesRestateDrain()} for the
     * flag.
     */
    public void logTo(ServerLog log, EventSinks events, boolean updatesRestateDrain) {
        this.log = log;
        this.events = events;
        this.updatesRestateDrain = updatesRestateDrain;
        proxies.forEach(proxy -> proxy.logTo(log, events, updatesRestateDrain));
    }

    /** A named defaults section. */
    public Optional<DefaultsSection> defaults(String name) {
        return Optional.ofNullable(namedDefaults.get(name));
    }

    /**
     * Adds a backend without servers at the end of the list, from a defaults section and with the mode given
     * (null: the section's), unpublished. It takes the first free id from a cursor that never moves back.
     */
    public synchronized Proxy addBackend(String name, DefaultsSection from, String mode) {
        ProxySettings settings = from.settings().inherit();
        if (mode != null) {
            settings.overrideMode(mode);
        }
        Proxy backend = new Proxy(name, false, true, settings, clock);
        while (idTaken(dynamicIdCursor)) {
            dynamicIdCursor++;
        }
        backend.assignId(dynamicIdCursor);
        backend.setFullconn(settings.fullconn());
        backend.setUnpublished(true);
        if (log != null) {
            backend.logTo(log, events, updatesRestateDrain);
        }
        proxies.add(backend);
        return backend;
    }

    /**
     * Adds a server to a backend ("add server"): read from the words of a server line (name, address, keywords;
     * default-server lines do not apply), numbered with the backend's lowest free id unless it forces one, and
     * following {@code tracked} (null: none) as its "track" keyword asked, set up as the version's {@code rules} say.
     */
    public synchronized Server addServer(Proxy backend, List<String> words, Server tracked, AddedServerRules rules) {
        ServerSettings settings = new ServerSettings();
        settings.address(words.get(2));
        settings.apply(words, 3);
        if (deletedSinceLastAdd) {
            revision++;
            deletedSinceLastAdd = false;
        }
        Server server = backend.addServer(words.get(1), settings, revision, rules);
        if (tracked != null) {
            server.track(tracked);
        }
        return server;
    }

    /** Deletes a server ("del server"); its id becomes free again. */
    public synchronized void removeServer(Server server) {
        server.proxy().removeServer(server);
        deletedSinceLastAdd = true;
    }

    /** Removes a backend ("del backend"); its id becomes free again. */
    public synchronized void remove(Proxy backend) {
        proxies.remove(backend);
    }

    private boolean idTaken(int id) {
        return proxies.stream().anyMatch(p -> p.id() == id);
    }

    /** Every proxy in configuration order, disabled ones included, then those added at run time. */
    public List<Proxy> all() {
        return proxies;
    }

    /**
     * A proxy of any kind by its name or by "#id": HAProxy's proxy lookups take either, wherever a command names a
     * proxy (measured on 2.6 to 3.4: {@code show stat}, {@code show servers state|conn}, {@code show sess backend|
     * frontend|server}, {@code del server}, the {@code <backend>/<server>} arguments).
     */
    public Optional<Proxy> find(String reference) {
        return proxies.stream().filter(p -> p.isCalled(reference)).findFirst();
    }

    /** A frontend by its name or "#id". */
    public Optional<Proxy> frontend(String reference) {
        return proxies.stream().filter(p -> p.isFrontend() && p.isCalled(reference)).findFirst();
    }

    /** A backend by its name or "#id". */
    public Optional<Proxy> backend(String reference) {
        return proxies.stream().filter(p -> p.isBackend() && p.isCalled(reference)).findFirst();
    }

    /** The stick tables in the order "show table" lists them: the last declared first. */
    public List<StickTable> tables() {
        return tables;
    }

    /** The entries of {@code table}, one of {@link #tables()}. */
    public StickTableEntries entries(StickTable table) {
        return tableEntries.get(table.name());
    }

    public Optional<StickTable> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The tasks a process of {@code threads} threads with these CLI connections runs, as the version counts them. */
    public int tasks(TaskCount count, int threads, int cliConnections) {
        int frontends = 0;
        int backendsOnly = 0;
        int checks = 0;
        for (Proxy proxy : proxies) {
            if (proxy.isFrontend()) {
                frontends++;
            } else if (proxy.isBackend()) {
                backendsOnly++;
            }
            for (Server server : proxy.servers()) {
                checks += (server.health().configured() ? 1 : 0) + (server.agent().configured() ? 1 : 0);
            }
        }
        return count.count(threads, frontends, backendsOnly, checks, cliConnections);
    }

    public int globalMaxconn() {
        return globalMaxconn;
    }

    public void setGlobalMaxconn(int maxconn) {
        this.globalMaxconn = maxconn;
    }

    /** The highest maxconn "set maxconn global" accepts: the configured one. */
    public int hardMaxconn() {
        return hardMaxconn;
    }
}
