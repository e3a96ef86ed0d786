package io.hapsim.simulator.config;

import java.nio.file.Path;
import java.util.Objects;

/** Where a stats socket listens: a UNIX socket path, or a TCP host and port (port 0 = any free port). */
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

    /**
     * Parses a {@code stats socket} address as HAProxy writes them: {@code /path}, {@code unix@/path},
     * {@code ipv4@host:port}, {@code ipv6@[addr]:port}, {@code host:port}, {@code :port}, {@code *:port}.
     */
    public static ListenAddress parse(String text) {
        if (text.startsWith("unix@")) {
            return unix(Path.of(text.substring("unix@".length())));
        }
        if (text.startsWith("/") || text.startsWith("./") || text.startsWith("../")) {
            return unix(Path.of(text));
        }
        String rest = text;
        if (rest.startsWith("ipv4@") || rest.startsWith("ipv6@") || rest.startsWith("tcp@") || rest.startsWith("tcp4@")
                || rest.startsWith("tcp6@")) {
            rest = rest.substring(rest.indexOf('@') + 1);
        } else if (rest.contains("@")) {
            throw new IllegalArgumentException("unsupported socket address family in '" + text + "'");
        }
        int colon = rest.lastIndexOf(':');
        if (colon < 0) {
            return unix(Path.of(text));
        }
        String host = rest.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty() || host.equals("*")) {
            host = "0.0.0.0";
        }
        try {
            return tcp(host, Integer.parseInt(rest.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid port in socket address '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return isUnix() ? path.toString() : (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
