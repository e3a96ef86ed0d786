package io.hapsim.simulator.state;

import io.hapsim.simulator.config.EventRing;
import io.hapsim.simulator.config.NamedSection;
import io.hapsim.simulator.config.Peer;
import io.hapsim.simulator.config.ProcessSettings;
import io.hapsim.simulator.config.StatsSocket;
import io.hapsim.simulator.version.InternalClock;
import io.hapsim.simulator.version.VersionProfile;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Facts about the simulated process that {@code show info} and the timed prompt report.
 *
 * @param monotonicStartMillis where the process started on the host's monotonic clock (the JVM's nanoTime is that
 *                  clock on Linux), read once so that the internal clock never jitters between readings
 * @param threads   {@code Nbthread}
 * @param node      {@code node}: the configured name, else the host name
 * @param listeners listening sockets: stats sockets and proxies' bind addresses
 * @param limits    {@code Maxconn}, {@code Maxsock} and what follows from them
 * @param cliSockets the stats sockets of the configuration, in its order ({@code show cli sockets})
 * @param configFile the configuration file as named, or null when there is none ({@code HAPROXY_CFGFILES})
 * @param rings      the configuration's event rings ({@code show events})
 * @param resolvers  the configuration's resolvers sections ({@code show resolvers} adds the host's default one)
 * @param activePeers the peers sections that name this host's local peer (the others are left out at start-up)
 */
public record ProcessInfo(long pid, Instant startedAt, long monotonicStartMillis, int threads, String node,
        int listeners, ProcessLimits limits, List<StatsSocket> cliSockets, Path configFile, List<EventRing> rings,
        List<NamedSection<String>> resolvers, List<NamedSection<Peer>> activePeers) {

    public ProcessInfo {
        cliSockets = List.copyOf(cliSockets);
        rings = List.copyOf(rings);
        resolvers = List.copyOf(resolvers);
        activePeers = List.copyOf(activePeers);
    }

    /** A process for tests and scratch states: one thread, one listener, HAProxy's smallest computed limits. */
    public ProcessInfo(long pid, Instant startedAt, int threads) {
        this(pid, startedAt, monotonicMillisAt(startedAt), threads, "localhost", 1,
                ProcessLimits.compute(0, ProcessSettings.DEFAULT_CLI_MAXCONN, 1, threads, 0, 0, 0), List.of(), null,
                List.of(), List.of(), List.of());
    }

    /**
     * The process a configuration describes on this host, as the version would start it: one thread per CPU
     * unless {@code nbthread} says otherwise, limits from the host's descriptor limit unless {@code maxconn} is set
     * (less what a worker counts for its master: {@code masterDescriptors}).
     */
    public static ProcessInfo start(long pid, ProcessSettings settings, List<StatsSocket> statsSockets,
            Path configFile, VersionProfile profile, int masterDescriptors) {
        int threads = settings.nbthread() > 0 ? settings.nbthread()
                : Math.min(Host.processors(), profile.maxThreads());
        int listeners = statsSockets.size() + settings.bindListeners();
        String hostName = Host.name();
        Instant now = Instant.now();
        return new ProcessInfo(pid, now, monotonicMillisAt(now), threads,
                settings.node() != null ? settings.node() : hostName, listeners,
                ProcessLimits.compute(settings.maxconn(), settings.cliMaxconn(), listeners, threads,
                        Host.descriptorLimit(), profile.descriptorCap(), masterDescriptors), statsSockets, configFile,
                settings.rings(), settings.resolvers(),
                settings.peers().stream()
                        .filter(peers -> peers.members().stream().anyMatch(peer -> peer.name().equals(hostName)))
                        .toList());
    }

    public Uptime uptime() {
        return new Uptime(Duration.between(startedAt, Instant.now()).getSeconds());
    }

    /**
     * The process's internal clock, in seconds, at {@code moment}: {@code clock} as the version keeps it, shifted
     * from what it read at start.
     */
    public long internalClockSeconds(InternalClock clock, Instant moment) {
        return Math.floorDiv(internalClockMillis(clock, moment), 1000);
    }

    /** The same clock in milliseconds. */
    public long internalClockMillis(InternalClock clock, Instant moment) {
        return clock.millisAt(startedAt.toEpochMilli(), monotonicStartMillis,
                Duration.between(startedAt, moment).toMillis());
    }

    /** The host's monotonic clock at {@code moment}: now on it, less the time since that moment. */
    private static long monotonicMillisAt(Instant moment) {
        return System.nanoTime() / 1_000_000 - Duration.between(moment, Instant.now()).toMillis();
    }
}
