package io.hapsim.simulator.state.proxy;

import io.hapsim.simulator.state.ServerLog;
import io.hapsim.simulator.version.VersionProfile;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The proxies and stick tables of the configuration, in HAProxy's order, and the process-wide maxconn. Built
 * once by {@link ProxyConfigReader}; the CLI then changes their runtime state.
 */
public final class Proxies {

    /** The maxconn of a process whose configuration sets none (what "show info" reports). */
    public static final int DEFAULT_MAXCONN = 2000;

    private final List<Proxy> proxies;
    private final List<StickTable> tables;
    private final int hardMaxconn;
    private int globalMaxconn;

    Proxies(List<Proxy> proxies, List<StickTable> tables, int globalMaxconn) {
        this.proxies = List.copyOf(proxies);
        this.tables = List.copyOf(tables);
        this.globalMaxconn = globalMaxconn;
        this.hardMaxconn = globalMaxconn;
    }

    /** A process without proxies (no configuration file). */
    public static Proxies none() {
        return new Proxies(List.of(), List.of(), DEFAULT_MAXCONN);
    }

    /** Reads the proxies of a haproxy.cfg as the version does; ages count from now, in seconds of a monotonic clock. */
    public static Proxies fromConfig(String text, VersionProfile profile) {
        return ProxyConfigReader.read(text, () -> TimeUnit.NANOSECONDS.toSeconds(System.nanoTime()),
                profile.healthNeedsDefaultServer());
    }

    /** Reads the proxies of a haproxy.cfg with the given clock, every server starting at its rise health. */
    static Proxies fromConfig(String text, LongSupplier clock) {
        return ProxyConfigReader.read(text, clock, false);
    }

    /**
     * Where the servers and backends log their state changes, as HAProxy does on its standard error; see
     * {@link io.hapsim.simulator.version.VersionProfile#updatesRestateDrain()} for the flag.
     */
    public void logTo(ServerLog log, boolean updatesRestateDrain) {
        proxies.forEach(proxy -> proxy.logTo(log, updatesRestateDrain));
    }

    /** Every proxy in configuration order, disabled ones included. */
    public List<Proxy> all() {
        return proxies;
    }

    /** A proxy of any kind, by name. */
    public Optional<Proxy> find(String name) {
        return proxies.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<Proxy> frontend(String name) {
        return proxies.stream().filter(p -> p.isFrontend() && p.name().equals(name)).findFirst();
    }

    /** A backend by name, or by "#id" where HAProxy accepts it ({@code <backend>/<server>} arguments). */
    public Optional<Proxy> backend(String name) {
        return proxies.stream().filter(p -> p.isBackend() && (p.name().equals(name) || name.equals("#" + p.id())))
                .findFirst();
    }

    /** The stick tables in the order "show table" lists them: the last declared first. */
    public List<StickTable> tables() {
        return tables;
    }

    public Optional<StickTable> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
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
