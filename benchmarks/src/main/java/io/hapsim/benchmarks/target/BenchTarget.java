package io.hapsim.benchmarks.target;

import io.hapsim.benchmarks.load.Endpoint;
import io.hapsim.benchmarks.load.Transport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.SocketChannel;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A running HAProxy (real or simulated) serving {@link BenchDir}'s configuration: one admin UNIX socket, one admin
 * TCP socket on loopback, one map ({@link #map()}) referenced by a {@code map()} converter.
 */
public interface BenchTarget extends AutoCloseable {

    TargetKind kind();

    /** The version profile asked for ("3.0"). */
    String profile();

    /** What runs: {@code 3.0.11-1+deb13u5}, or the simulated one. */
    String version();

    BenchDir dir();

    /** The OS process serving (real HAProxy, forked simulator), if any: for its memory. */
    default OptionalLong pid() {
        return OptionalLong.empty();
    }

    /** Drops what the target keeps for inspection only (the in-process simulator's recorded commands). */
    default void forgetRecordedCommands() {
    }

    default String map() {
        return dir().map();
    }

    default int bufferSize() {
        return dir().bufferSize();
    }

    default Endpoint endpoint(Transport transport) {
        return transport == Transport.UNIX ? Endpoint.unix(dir().socket())
                : Endpoint.tcp(new InetSocketAddress("127.0.0.1", dir().tcpPort()));
    }

    default String label() {
        return kind().label() + " " + profile();
    }

    @Override
    void close();

    /** Starts a target; {@code bufferSize} 0 keeps HAProxy's default (16384). */
    static BenchTarget start(TargetKind kind, String profile, int bufferSize) {
        BenchDir dir = BenchDir.create(bufferSize);
        try {
            return switch (kind) {
                case SIM -> new InProcessSimulator(profile, dir);
                case SIM_FORK -> new ForkedProcess(kind, profile, dir);
                case REAL -> new ForkedProcess(kind, profile, dir);
            };
        } catch (RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /** Waits until both sockets accept a connection, or fails with {@code diagnostics}. */
    static void awaitReady(BenchDir dir, BooleanSupplier alive, Supplier<String> diagnostics) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        boolean unix = false;
        boolean tcp = false;
        while (!(unix && tcp)) {
            if (!alive.getAsBoolean()) {
                throw new IllegalStateException("the target died at start: " + diagnostics.get());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the target did not listen within 30 s: " + diagnostics.get());
            }
            if (!unix) {
                try (SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                    c.connect(java.net.UnixDomainSocketAddress.of(dir.socket()));
                    unix = true;
                } catch (IOException notYet) {
                    // retry
                }
            }
            if (!tcp) {
                try (SocketChannel c = SocketChannel.open(StandardProtocolFamily.INET)) {
                    c.connect(new InetSocketAddress("127.0.0.1", dir.tcpPort()));
                    tcp = true;
                } catch (IOException notYet) {
                    // retry
                }
            }
            if (!(unix && tcp)) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new UncheckedIOException(new IOException("interrupted"));
                }
            }
        }
    }
}
