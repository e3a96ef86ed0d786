package io.hapsim.client;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a stats socket listens: a UNIX socket path or a TCP address. Parsed from the tool's SOCKET syntax:
 * a path, {@code unix:PATH}, or {@code HOST:PORT} ({@code [IPv6]:PORT}); {@code ipv4@}/{@code ipv6@} prefixes as
 * in haproxy.cfg are accepted too.
 */
public final class CliAddress {

    private final Path path;
    private final String host;
    private final int port;

    private CliAddress(Path path, String host, int port) {
        this.path = path;
        this.host = host;
        this.port = port;
    }

    public static CliAddress unix(Path path) {
        return new CliAddress(Objects.requireNonNull(path), null, 0);
    }

    public static CliAddress tcp(String host, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("TCP port out of range: " + port);
        }
        return new CliAddress(null, Objects.requireNonNull(host), port);
    }

    public static CliAddress tcp(InetSocketAddress address) {
        return tcp(address.getHostString(), address.getPort());
    }

    /** Parses {@code PATH}, {@code unix:PATH}, {@code HOST:PORT}, {@code [V6]:PORT}, {@code ipv4@HOST:PORT}. */
    public static CliAddress parse(String spec) {
        Objects.requireNonNull(spec, "socket");
        String s = spec.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty socket address");
        }
        if (s.startsWith("unix:") || s.startsWith("unix@")) {
            return unix(Path.of(s.substring(5)));
        }
        for (String prefix : new String[] {"ipv4@", "ipv6@", "tcp:", "tcp@"}) {
            if (s.startsWith(prefix)) {
                return parseHostPort(s.substring(prefix.length()), spec)
                        .orElseThrow(() -> new IllegalArgumentException("not HOST:PORT: " + spec));
            }
        }
        if (s.contains("/")) {
            return unix(Path.of(s));
        }
        return parseHostPort(s, spec).orElseGet(() -> unix(Path.of(s)));
    }

    private static java.util.Optional<CliAddress> parseHostPort(String s, String spec) {
        int colon = s.lastIndexOf(':');
        if (colon <= 0 || colon == s.length() - 1) {
            return java.util.Optional.empty();
        }
        String portText = s.substring(colon + 1);
        if (!portText.chars().allMatch(Character::isDigit) || portText.length() > 5) {
            return java.util.Optional.empty();
        }
        String host = s.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.contains(":")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(tcp(host, Integer.parseInt(portText)));
    }

    public boolean isUnix() {
        return path != null;
    }

    /** The UNIX socket path, or null for TCP. */
    public Path path() {
        return path;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public SocketAddress socketAddress() {
        return isUnix() ? UnixDomainSocketAddress.of(path) : new InetSocketAddress(host, port);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CliAddress a && Objects.equals(path, a.path) && Objects.equals(host, a.host)
                && port == a.port;
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, host, port);
    }

    /** {@code unix:PATH} or {@code HOST:PORT}. */
    @Override
    public String toString() {
        if (isUnix()) {
            return "unix:" + path;
        }
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
