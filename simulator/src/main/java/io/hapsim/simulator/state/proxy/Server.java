package io.hapsim.simulator.state.proxy;

import java.util.ArrayList;
import java.util.List;

/**
 * One server of a backend and its runtime state: administrative flags (maintenance, drain), operational state,
 * weights, checks, and the counters show stat derives from them. State changes follow HAProxy's rules, with the
 * simplification that checks never run: a server whose checks are running is healthy.
 */
public final class Server {

    /** Administrative flags, with HAProxy's values ("show servers state" prints their sum). */
    public static final int FORCED_MAINT = 0x01;
    public static final int INHERITED_MAINT = 0x02;
    public static final int CONFIG_MAINT = 0x04;
    public static final int FORCED_DRAIN = 0x08;
    public static final int INHERITED_DRAIN = 0x10;
    static final int MAINT = FORCED_MAINT | INHERITED_MAINT;
    static final int DRAIN = FORCED_DRAIN | INHERITED_DRAIN;
    private static final int UNLIMITED = -1;
    private static final int DEFAULT_PURGE_DELAY_MS = 5000;

    private final Proxy proxy;
    private final String name;
    private final ServerSettings settings;
    private final Check health;
    private final Check agent;
    private final List<Server> trackers = new ArrayList<>();
    /** "file:line" of the configuration line that declared it; null for a server added at run time. */
    private final String declaredAt;
    private final int revision;
    private int id;
    private Server tracked;
    private String address;
    private int port;
    private int userWeight;
    private int maxconn;
    private int admin;
    private OpState op;
    private long lastChange;
    /** "clear counters all" (3.0+) zeroed the change counters: show stat's lastchg reads 0 until the next change. */
    private boolean changeCountersCleared;
    private long downTime;
    private long downTransitions;
    private boolean connectionsEstimated;
    /** How many idle connections it may keep ("pool-max-conn"): any number, unless it was added in 2.x. */
    private int idleConnectionLimit = UNLIMITED;
    /** How long idle connections are kept before a purge ("pool-purge-delay"; the configured one is not read). */
    private int purgeDelayMs = DEFAULT_PURGE_DELAY_MS;
    /** Added at run time, its effective weight not computed since (show stat then gives the default 1). */
    private boolean weightPending;

    /**
     * A server of the configuration. {@code startsHealthy}: the check health starts at its rise (else at 0, until a
     * check or the CLI sets it); {@code declaredAt}: "file:line" of its line.
     */
    Server(Proxy proxy, String name, ServerSettings settings, boolean startsHealthy, String declaredAt, long now) {
        this(proxy, name, settings, startsHealthy, declaredAt, 0, now);
    }

    /**
     * A server added at run time ({@code add server}): it starts in maintenance at health 0, its checks configured
     * but not enabled until {@code enable health} / {@code enable agent}.
     *
     * @param revision what tells it from an earlier server that had its name or id (show stat's srid)
     * @param rules    where the versions set it up differently
     */
    static Server added(Proxy proxy, String name, ServerSettings settings, int revision, AddedServerRules rules,
            long now) {
        Server server = new Server(proxy, name, settings, false, null, revision, now);
        if (!rules.keepsDisabled()) {
            server.admin = FORCED_MAINT;
        }
        server.weightPending = rules.weightShownAfterChange();
        if (rules.noIdleConnections()) {
            server.idleConnectionLimit = 0;
            server.purgeDelayMs = 0;
        }
        return server;
    }

    private Server(Proxy proxy, String name, ServerSettings settings, boolean startsHealthy, String declaredAt,
            int revision, long now) {
        this.proxy = proxy;
        this.name = name;
        this.settings = settings;
        this.declaredAt = declaredAt;
        this.revision = revision;
        this.health = new Check(false, settings.check(), proxy.checkPassStatus(), proxy.checkPassCode(),
                settings.rise(), settings.fall());
        this.agent = new Check(true, settings.agentCheck(), CheckStatus.L7OK, 0, 1, 1);
        if (!startsHealthy) {
            health.setHealth(0);
        }
        health.setPort(settings.checkPort());
        health.setAddress(settings.checkAddress());
        agent.setPort(settings.agentPort());
        agent.setAddress(settings.agentAddress());
        agent.setSend(settings.agentSend());
        this.address = settings.address();
        this.port = settings.port();
        this.userWeight = settings.weight();
        this.maxconn = settings.maxconn();
        this.lastChange = now;
        if (addedAtRunTime()) {
            // a configured check runs from the start; one given to "add server" waits for "enable health"
            health.setEnabled(false);
            agent.setEnabled(false);
        }
        if (settings.disabled()) {
            admin = FORCED_MAINT | CONFIG_MAINT;
            op = OpState.STOPPED;
            health.pauseFromConfiguration();
            health.setHealth(0);
            agent.setPaused(true);
        } else if (addedAtRunTime()) {
            admin = FORCED_MAINT;
            op = OpState.STOPPED;
        } else {
            op = OpState.RUNNING;
            runChecks();
        }
    }

    public Proxy proxy() {
        return proxy;
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

    /** Added by "add server" rather than read from the configuration. */
    public boolean addedAtRunTime() {
        return declaredAt == null;
    }

    /** Where the configuration declared it ("file:line"), or null for a server added at run time. */
    public String declaredAt() {
        return declaredAt;
    }

    /** Show stat's srid: 0, unless it was added after a server had been deleted. */
    public int revision() {
        return revision;
    }

    public boolean backup() {
        return settings.backup();
    }

    /** The address as configured or last set: an IP literal (or a name hapsim did not resolve). */
    public String address() {
        return address;
    }

    public int port() {
        return port;
    }

    /** The address when it is an IP (not a UNIX socket, not a name left unresolved), else null. */
    public String ipAddress() {
        return unixSocket() || InetText.canonical(address).isEmpty() ? null : address;
    }

    /** The name the address came from when it was not an IP literal, else null. */
    public String fqdn() {
        return settings.fqdn();
    }

    public boolean unixSocket() {
        return settings.unixSocket();
    }

    public int initialWeight() {
        return settings.weight();
    }

    public int userWeight() {
        return userWeight;
    }

    /** The most idle connections it may keep, -1 for no limit. */
    public int idleConnectionLimit() {
        return idleConnectionLimit;
    }

    /** How long its idle connections are kept, in milliseconds. */
    public int purgeDelayMs() {
        return purgeDelayMs;
    }

    /** Show stat's weight: the user weight, or 1 while an added server's effective weight waits for a change. */
    public int shownWeight() {
        return weightPending ? 1 : userWeight;
    }

    public int maxconn() {
        return maxconn;
    }

    public int maxqueue() {
        return settings.maxqueue();
    }

    /** The server's cookie value, or null. */
    public String cookie() {
        return settings.cookie();
    }

    /** "observe" is set on this server's checked reference: show stat then reports its hanafail counter. */
    public boolean observed() {
        return reference().settings.observe();
    }

    public String trackTarget() {
        return settings.track();
    }

    /** The server this one tracks, or null. */
    /** Other servers track this one: it cannot be deleted at run time. */
    public boolean trackedByOthers() {
        return !trackers.isEmpty();
    }

    public Server tracked() {
        return tracked;
    }

    /** The end of the tracking chain: the server whose checks decide this one's state. */
    public Server reference() {
        Server ref = this;
        while (ref.tracked != null) {
            ref = ref.tracked;
        }
        return ref;
    }

    public Check health() {
        return health;
    }

    public Check agent() {
        return agent;
    }

    public int admin() {
        return admin;
    }

    public boolean inMaintenance() {
        return (admin & MAINT) != 0;
    }

    public boolean inheritedMaintenance() {
        return (admin & INHERITED_MAINT) != 0;
    }

    public boolean draining() {
        return (admin & DRAIN) != 0;
    }

    public OpState op() {
        return op;
    }

    /** Takes traffic: in service, not draining, with a weight. */
    public boolean usable() {
        return !inMaintenance() && !draining() && userWeight > 0
                && (op == OpState.RUNNING || op == OpState.STARTING);
    }

    /**
     * Seconds since the state last changed (show servers state keeps counting after "clear counters all", from the
     * internal clock's zero where that clears the date).
     */
    public long secondsSinceChange() {
        return proxy.now() - lastChange;
    }

    /** Show stat's lastchg: the seconds since the last change, or 0 while the change counters are cleared. */
    public long secondsSinceCountedChange() {
        return changeCountersCleared ? 0 : secondsSinceChange();
    }

    /** "clear counters all" where it zeroes the change counters (3.0+): lastchg and chkdown start again. */
    public void clearChangeCounters() {
        changeCountersCleared = true;
        downTransitions = 0;
    }

    /** See {@link Proxy#zeroLastChange}. */
    void zeroLastChange(long internalClockSeconds) {
        lastChange = proxy.now() - internalClockSeconds;
    }

    /** Seconds spent stopped since the process started. */
    public long downtime() {
        return downTime + (op == OpState.STOPPED ? proxy.now() - lastChange : 0);
    }

    /** How many times the server went down. */
    public long downTransitions() {
        return downTransitions;
    }

    /** Once checked, HAProxy estimates the server needs one connection (show stat need_conn_est). */
    public int neededConnections() {
        return connectionsEstimated ? 1 : 0;
    }

    void track(Server target) {
        this.tracked = target;
        target.trackers.add(this);
        inherit();
    }

    /** A deleted server no longer follows the one it tracked. */
    void untrack() {
        if (tracked != null) {
            tracked.trackers.remove(this);
        }
    }

    /*
     * The three forced states each change two flags, one at a time as HAProxy does: each step is logged on its own
     * (leaving maintenance for drain says both "UP/DRAIN" and "remains in forced drain mode").
     */

    /** "state maint" / "disable server": a forced drain ends. */
    public void enterMaintenance() {
        applyAdmin(admin | FORCED_MAINT);
        applyAdmin(admin & ~FORCED_DRAIN);
    }

    /** "state ready" / "enable server". */
    public void makeReady() {
        applyAdmin(admin & ~FORCED_DRAIN);
        applyAdmin(admin & ~FORCED_MAINT);
    }

    /** "state drain". */
    public void drain() {
        applyAdmin(admin | FORCED_DRAIN);
        applyAdmin(admin & ~FORCED_MAINT);
    }

    /** "health up|stopping|down": the health level and the state it implies, unless in maintenance. */
    public void forceHealth(OpState state) {
        health.setHealth(state == OpState.STOPPED ? 0 : health.fullHealth());
        if (!inMaintenance()) {
            changeOpFromCli(state);
        }
    }

    /** "agent up|down". */
    public void forceAgent(boolean up) {
        agent.setHealth(up ? agent.fullHealth() : 0);
        if (!inMaintenance()) {
            changeOpFromCli(up ? OpState.RUNNING : OpState.STOPPED);
        }
    }

    /** "enable/disable health": a re-enabled check runs (and passes) at once. */
    public void enableHealthCheck(boolean enabled) {
        health.setEnabled(enabled);
        if (enabled && !inMaintenance()) {
            runChecks();
            changeOp(OpState.RUNNING);
        }
    }

    /** "enable/disable agent". */
    public void enableAgentCheck(boolean enabled) {
        agent.setEnabled(enabled);
        if (enabled && !inMaintenance()) {
            agent.pass();
        }
    }

    public void setUserWeight(int weight) {
        this.userWeight = weight;
        weightPending = false;
        restateDrain();
        proxy.refreshBackendState();
    }

    public void setMaxconn(int maxconn) {
        this.maxconn = maxconn;
    }

    public void setAddress(String address, int port) {
        this.address = address;
        this.port = port;
    }

    public void setCheckPort(int port) {
        health.setPort(port);
    }

    public void setCheckAddress(String address) {
        health.setAddress(address);
    }

    public void setAgentAddress(String address) {
        agent.setAddress(address);
    }

    public void setAgentPort(int port) {
        agent.setPort(port);
    }

    public void setAgentSend(String send) {
        agent.setSend(send);
    }

    private void runChecks() {
        if (health.enabled()) {
            health.pass();
            connectionsEstimated = true;
        }
        if (agent.enabled()) {
            agent.pass();
        }
    }

    private void applyAdmin(int newAdmin) {
        if (newAdmin == admin) {
            return;
        }
        int oldAdmin = admin;
        OpState oldOp = op;
        boolean wasInMaintenance = inMaintenance();
        boolean wasDraining = draining();
        admin = newAdmin;
        if (!wasInMaintenance && inMaintenance()) {
            health.setPaused(true);
            health.setHealth(0);
            agent.setPaused(true);
            touch();
            setOp(OpState.STOPPED);
        } else if (wasInMaintenance && !inMaintenance()) {
            health.setPaused(false);
            agent.setPaused(false);
            touch();
            if (tracked != null) {
                setOp(tracked.op);
            } else {
                runChecks();
                setOp(OpState.RUNNING);
            }
        } else if (wasDraining != draining()) {
            touch();
        }
        ServerStateMessages.adminChange(this, oldAdmin, admin, oldOp).forEach(proxy::log);
        proxy.refreshBackendState();
        trackers.forEach(Server::inherit);
    }

    /** A tracking server takes its tracked server's maintenance, drain and state. */
    private void inherit() {
        int inherited = (tracked.inMaintenance() ? INHERITED_MAINT : 0) | (tracked.draining() ? INHERITED_DRAIN : 0);
        int newAdmin = (admin & ~(INHERITED_MAINT | INHERITED_DRAIN)) | inherited;
        if (newAdmin != admin) {
            applyAdmin(newAdmin);
        }
        if (!inMaintenance()) {
            changeOp(tracked.op);
        }
    }

    private void changeOp(OpState newOp) {
        if (setOp(newOp)) {
            proxy.refreshBackendState();
            trackers.forEach(Server::inherit);
        }
    }

    /** As {@link #changeOp}, logging the change as made from the CLI. */
    private void changeOpFromCli(OpState newOp) {
        OpState before = op;
        if (setOp(newOp)) {
            proxy.log(ServerStateMessages.cliOpChange(this, before));
            restateDrain();
            proxy.refreshBackendState();
            trackers.forEach(Server::inherit);
        }
    }

    /** Where every update is reported as a whole, a draining server says again that it drains. */
    private void restateDrain() {
        if (proxy.updatesRestateDrain() && draining() && !inMaintenance()) {
            ServerStateMessages.adminChange(this, admin, admin, op).forEach(proxy::log);
        }
    }

    /** Changes the operational state alone; false when it already was {@code newOp}. */
    private boolean setOp(OpState newOp) {
        if (op == newOp) {
            return false;
        }
        if (newOp == OpState.STOPPED) {
            downTransitions++;
        }
        touch();
        op = newOp;
        return true;
    }

    /** Restarts the age of the current state, counting the time spent stopped. */
    private void touch() {
        weightPending = false;
        long now = proxy.now();
        if (op == OpState.STOPPED) {
            downTime += now - lastChange;
        }
        lastChange = now;
        changeCountersCleared = false;
    }
}
