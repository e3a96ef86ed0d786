package io.hapsim.benchmarks.load;

import io.hapsim.client.CliAddress;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Objects;

/** A stats socket (or the raw sink) as the load drivers reach it: a UNIX path or a loopback TCP address. */
public record Endpoint(Transport transport, Path path, InetSocketAddress tcp) {

    public Endpoint {
        Objects.requireNonNull(transport);
        if (transport == Transport.UNIX ? path == null : tcp == null) {
            throw new IllegalArgumentException("no address for " + transport);
        }
    }

    public static Endpoint unix(Path path) {
        return new Endpoint(Transport.UNIX, path, null);
    }

    public static Endpoint tcp(InetSocketAddress address) {
        return new Endpoint(Transport.TCP, null, address);
    }

    public SocketAddress socketAddress() {
        return transport == Transport.UNIX ? UnixDomainSocketAddress.of(path) : tcp;
    }

    /** A blocking connected channel (TCP_NODELAY on TCP, as socat and the client do). */
    public SocketChannel open() throws IOException {
        SocketChannel ch = transport == Transport.UNIX ? SocketChannel.open(StandardProtocolFamily.UNIX)
                : SocketChannel.open(StandardProtocolFamily.INET);
        try {
            if (transport == Transport.TCP) {
                ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
            }
            ch.connect(socketAddress());
            return ch;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    public CliAddress cliAddress() {
        return transport == Transport.UNIX ? CliAddress.unix(path) : CliAddress.tcp(tcp);
    }

    @Override
    public String toString() {
        return transport == Transport.UNIX ? "unix:" + path : tcp.getHostString() + ":" + tcp.getPort();
    }
}
