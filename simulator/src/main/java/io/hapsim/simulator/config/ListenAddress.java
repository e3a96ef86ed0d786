package io.hapsim.simulator.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a stats socket listens: a UNIX socket path, or a TCP address literal and port (port 0 = any free port). Read
 * from a configuration by {@link ListenAddressParser}.
 */
public record ListenAddress(Path path, String host, int port) {

    public static ListenAddress unix(Path path) {
        return new ListenAddress(Objects.requireNonNull(path), null, -1);
    }

    public static ListenAddress tcp(String host, int port) {
        return new ListenAddress(null, Objects.requireNonNull(host), port);
    }

    public boolean isUnix() {
        return path != null;
    }

    /** As HAProxy names a listener's address: its family, then the path or the address and port. */
    public String qualified() {
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
