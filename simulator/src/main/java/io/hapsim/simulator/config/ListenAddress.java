package io.hapsim.simulator.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a stats socket listens: a UNIX socket path, or a TCP address literal and port (port 0 = any free port). Read
 * from a configuration by {@link ListenAddressParser}.
 *
 * @param pairName for a worker's link to its master, the name HAProxy gives it ({@code sockpair@<fd>}), null
 *                 otherwise: HAProxy links them by a socket pair, hapsim by a UNIX socket no client is told of
 */
public record ListenAddress(Path path, String host, int port, String pairName) {

    public static ListenAddress unix(Path path) {
        return new ListenAddress(Objects.requireNonNull(path), null, -1, null);
    }

    public static ListenAddress tcp(String host, int port) {
        return new ListenAddress(null, Objects.requireNonNull(host), port, null);
    }

    /** A worker's end of the link its master reaches it by, named after the descriptor HAProxy gives it. */
    public static ListenAddress masterLink(Path path, int descriptor) {
        return new ListenAddress(Objects.requireNonNull(path), null, -1, "sockpair@" + descriptor);
    }

    public boolean isMasterLink() {
        return pairName != null;
    }

    public boolean isUnix() {
        return path != null;
    }

    /** As HAProxy names a listener's address: its family, then the path or the address and port. */
    public String qualified() {
        if (isMasterLink()) {
            return pairName;
        }
        if (isUnix()) {
            return "unix@" + path;
        }
        return (host.contains(":") ? "ipv6@" : "ipv4@") + this;
    }

    @Override
    public String toString() {
        return isUnix() ? path.toString() : (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
