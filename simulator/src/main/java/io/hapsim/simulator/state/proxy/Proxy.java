package io.hapsim.simulator.state.proxy;

import io.hapsim.simulator.state.ServerLog;
import io.hapsim.simulator.state.events.EventSinks;
import io.hapsim.simulator.state.events.LogMessage;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/**
 * A frontend, backend or listen section and its runtime state: the frontend's listening state and maxconn, the
 * backend's servers and the UP/DOWN history show stat reports for it.
 */
public final class Proxy {

    /** Balance algorithms whose weights can change at run time (the hash-based ones only with consistent hashing). */
    private static final Set<String> DYNAMIC_ALGORITHMS = Set.of("roundrobin", "leastconn", "first", "random");

    private final String name;
    private final boolean frontend;
    private final boolean backend;
    private final ProxySettings settings;
    private final LongSupplier clock;
    /** Changed by "add server" and "del server" while dumps may be walking it. */
    private final List<Server> servers = new CopyOnWriteArrayList<>();
    private int id;
    private int maxconn;
    private int fullconn;
    private FrontendState frontendState;
    private boolean backendUp = true;
    private long lastChange;
    /** As a server's: "clear counters all" (3.0+) zeroed the backend's change counters until its next change. */
    private boolean changeCountersCleared;
    private long downTime;
    private long downTransitions;
    /** Where server and backend state changes are logged: nowhere until {@link #logTo}. */
    private ServerLog log;
    private EventSinks events;
    private boolean updatesRestateDrain;
    /** Out of traffic processing ("unpublish backend", or added at run time and not yet published). */
    private boolean unpublished;
    /** Some other part of the configuration (default_backend, use_backend) points to it: it cannot be deleted. */
    private boolean referenced;

    Proxy(String name, boolean frontend, boolean backend, ProxySettings settings, LongSupplier clock) {
        this.name = name;
        this.frontend = frontend;
        this.backend = backend;
        this.settings = settings;
        this.clock = clock;
        this.maxconn = settings.maxconn();
        this.frontendState = settings.disabled() ? FrontendState.STOPPED : FrontendState.OPEN;
        this.lastChange = clock.getAsLong();
    }

    public String name() {
        return name;
    }

    public int id() {
        return id;
    }

    void assignId(int id) {
        this.id = id;
    }

    /** An "id" set in the configuration. */
    public boolean idForced() {
        return settings.id() > 0;
    }

    public boolean isFrontend() {
        return frontend;
    }

    public boolean isBackend() {
        return backend;
    }

    /** "disabled" in the configuration: the proxy never started; show stat skips it. */
    public boolean disabled() {
        return settings.disabled();
    }

    public boolean unpublished() {
        return unpublished;
    }

    public void setUnpublished(boolean unpublished) {
        this.unpublished = unpublished;
    }

    /** See {@link #referenced}. */
    public boolean referenced() {
        return referenced;
    }

    void markReferenced() {
        referenced = true;
    }

    /** Whether the proxy declares a stick table of its own. */
    public boolean hasStickTable() {
        return settings.stickTable();
    }

    /** The deprecated "dispatch" or "option transparent" routing. */
    public boolean legacyRouting() {
        return settings.legacyRouting();
    }

    /** "http" or "tcp". */
    public String mode() {
        return settings.mode();
    }

    public boolean httpMode() {
        return mode().equals("http");
    }

    /** The "balance" algorithm's name (without arguments), or null when none is configured. */
    public String algorithm() {
        return settings.algorithm();
    }

    /**
     * Weights other than 0% and 100% can be set at run time. Without "balance", the version's default applies:
     * roundrobin or random, both dynamic.
     */
    public boolean dynamicWeights() {
        return algorithm() == null || DYNAMIC_ALGORITHMS.contains(algorithm()) || settings.consistentHashing();
    }

    /** The persistence cookie's name, or null. */
    public String cookieName() {
        return settings.cookieName();
    }

    public int rateLimit() {
        return settings.rateLimit();
    }

    public int maxconn() {
        return maxconn;
    }

    public void setMaxconn(int maxconn) {
        this.maxconn = maxconn;
    }

    public int fullconn() {
        return fullconn;
    }

    void setFullconn(int fullconn) {
        this.fullconn = fullconn;
    }

    ProxySettings settings() {
        return settings;
    }

    public FrontendState frontendState() {
        return frontendState;
    }

    public void setFrontendState(FrontendState state) {
        this.frontendState = state;
    }

    public List<Server> servers() {
        return servers;
    }

    /** Whether a command's {@code reference} names this proxy: its name, or "#" and its id. */
    public boolean isCalled(String reference) {
        return name().equals(reference) || reference.equals("#" + id());
    }

    public Optional<Server> server(String serverName) {
        return servers.stream().filter(s -> s.name().equals(serverName)).findFirst();
    }

    /** A server by name or by "#id", as the CLI's {@code <backend>/<server>} arguments name it. */
    public Optional<Server> serverByNameOrId(String reference) {
        return servers.stream().filter(s -> s.name().equals(reference) || reference.equals("#" + s.id())).findFirst();
    }

    void add(Server server) {
        servers.add(server);
    }

    /** A server added at run time, at the end of the list, with its forced id or the lowest free one. */
    Server addServer(String serverName, ServerSettings settings, int revision, AddedServerRules rules) {
        Server server = Server.added(this, serverName, settings, revision, rules, now());
        int id = settings.id();
        for (int free = 1; id == 0; free++) {
            int candidate = free;
            if (servers.stream().noneMatch(s -> s.id() == candidate)) {
                id = candidate;
            }
        }
        server.assignId(id);
        servers.add(server);
        return server;
    }

    void removeServer(Server server) {
        server.untrack();
        servers.remove(server);
        refreshBackendState();
    }

    CheckStatus checkPassStatus() {
        return settings.checkKind().status();
    }

    int checkPassCode() {
        return settings.checkKind().code();
    }

    long now() {
        return clock.getAsLong();
    }

    /** Active servers taking traffic. */
    public int activeServers() {
        return (int) servers.stream().filter(s -> s.usable() && !s.backup()).count();
    }

    /** Backup servers that could take traffic. */
    public int backupServers() {
        return (int) servers.stream().filter(s -> s.usable() && s.backup()).count();
    }

    /** The effective weight of the farm: the usable active servers', else the first usable backup's. */
    public int totalWeight() {
        if (activeServers() > 0) {
            return servers.stream().filter(s -> s.usable() && !s.backup()).mapToInt(Server::userWeight).sum();
        }
        return servers.stream().filter(s -> s.usable() && s.backup()).mapToInt(Server::userWeight)
                .limit(settings.allBackups() ? Long.MAX_VALUE : 1).sum();
    }

    /** UP while some server takes traffic (or when there is no server at all). */
    public boolean backendUp() {
        return backendUp;
    }

    /** Servers not stopped, for "show stat up/no-maint". */
    public int serversNotStopped() {
        return (int) servers.stream().filter(s -> s.op() != OpState.STOPPED).count();
    }

    /** Show stat's lastchg: the seconds since the backend last went up or down, 0 while its counters are cleared. */
    public long secondsSinceChange() {
        return changeCountersCleared ? 0 : now() - lastChange;
    }

    /** "clear counters all" where it zeroes the change counters (3.0+), on the backend and its servers. */
    public void clearChangeCounters() {
        changeCountersCleared = true;
        downTransitions = 0;
        servers.forEach(Server::clearChangeCounters);
    }

    /**
     * "clear counters all" where the last change date is among the counters (3.0 to 3.2): the date of the backend
     * and its servers becomes the internal clock's zero, {@code internalClockSeconds} ago, so that what counts from
     * it (a down backend's or server's downtime, show servers state's age) reads the internal clock.
     */
    public void zeroLastChange(long internalClockSeconds) {
        lastChange = now() - internalClockSeconds;
        servers.forEach(server -> server.zeroLastChange(internalClockSeconds));
    }

    public long downtime() {
        return downTime + (backendUp ? 0 : now() - lastChange);
    }

    public long downTransitions() {
        return downTransitions;
    }

    /** Records an UP/DOWN change of the backend after a server changed. */
    void refreshBackendState() {
        boolean up = servers.isEmpty() || totalWeight() > 0;
        if (up == backendUp) {
            return;
        }
        long now = now();
        if (up) {
            downTime += now - lastChange;
        } else {
            downTransitions++;
        }
        backendUp = up;
        lastChange = now;
        changeCountersCleared = false;
        if (!up && log != null) {
            log.alert(ServerStateMessages.noServerAvailable(this) + "\n");
            toRings(ServerStateMessages.noServerAvailableLogged(this));
        }
    }

    void logTo(ServerLog log, EventSinks events, boolean updatesRestateDrain) {
        this.log = log;
        this.events = events;
        this.updatesRestateDrain = updatesRestateDrain;
    }

    /** See {@link io.hapsim.simulator.version.VersionProfile#updatesRestateDrain()}. */
    boolean updatesRestateDrain() {
        return updatesRestateDrain;
    }

    /** Logs one of {@link ServerStateMessages}: a warning on standard error, and to the proxy's event rings. */
    void log(LogMessage message) {
        if (log != null) {
            log.warning(message.text() + ".\n");
            toRings(new LogMessage(message.level(), message.text() + "."));
        }
    }

    private void toRings(LogMessage message) {
        events.log(settings.loggers(), message.level(), message.text());
    }

    /** The state at startup: a farm whose servers are all out starts DOWN without a transition. */
    void settleBackendState() {
        backendUp = servers.isEmpty() || totalWeight() > 0;
    }
}
