package io.hapsim.simulator.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What the simulator takes from a haproxy.cfg's global section. Maps and ACLs are discovered from the same file by
 * the pattern store.
 *
 * @param file         the configuration file, as named (descriptions of maps quote it); null when built in code
 * @param sockets      every {@code stats socket}
 * @param statsTimeout {@code stats timeout} (10 s by default)
 * @param bufferSize   {@code tune.bufsize} (16384 by default)
 * @param process      what shapes the process {@code show info} describes
 * @param alerts       what HAProxy would print as alerts while it still takes the configuration
 */
public record HaproxyConfig(Path file, List<StatsSocket> sockets, Duration statsTimeout, int bufferSize,
        ProcessSettings process, List<String> alerts) {

    public static final Duration DEFAULT_STATS_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_BUFFER_SIZE = 16384;

    public HaproxyConfig {
        sockets = List.copyOf(sockets);
        alerts = List.copyOf(alerts);
    }
}
