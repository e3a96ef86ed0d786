package io.hapsim.benchmarks.target;

import io.hapsim.benchmarks.load.Endpoint;
import io.hapsim.benchmarks.load.Transport;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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
                case SIM_FORK, SIM_JAR, SIM_LAUNCHER, REAL -> new ForkedProcess(kind, profile, dir);
            };
        } catch (RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /**
     * Waits until the UNIX socket answers {@code show info} and the TCP socket accepts, polling every millisecond
     * (or fails with {@code diagnostics}); returns when the first answer came, in {@link System#nanoTime()} time.
     */
    static long awaitReady(BenchDir dir, BooleanSupplier alive, Supplier<String> diagnostics) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        long answeredAt = 0;
        boolean tcp = false;
        while (answeredAt == 0 || !tcp) {
            if (!alive.getAsBoolean()) {
                throw new IllegalStateException("the target died at start: " + diagnostics.get());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the target did not listen within 30 s: " + diagnostics.get());
            }
            if (answeredAt == 0 && answersShowInfo(dir)) {
                answeredAt = System.nanoTime();
            }
            if (answeredAt != 0 && !tcp) {
                try (SocketChannel c = SocketChannel.open(StandardProtocolFamily.INET)) {
                    c.connect(new InetSocketAddress("127.0.0.1", dir.tcpPort()));
                    tcp = true;
                } catch (IOException notYet) {
                    // retry
                }
            }
            if (answeredAt == 0 || !tcp) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new UncheckedIOException(new IOException("interrupted"));
                }
            }
        }
        return answeredAt;
    }

    private static boolean answersShowInfo(BenchDir dir) {
        try (SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            c.connect(java.net.UnixDomainSocketAddress.of(dir.socket()));
            c.write(ByteBuffer.wrap("show info\n".getBytes(StandardCharsets.ISO_8859_1)));
            ByteBuffer answer = ByteBuffer.allocate(8192);
            boolean any = false;
            while (c.read(answer.clear()) >= 0) {
                any |= answer.position() > 0;
            }
            return any;
        } catch (IOException notYet) {
            return false;
        }
    }
}
