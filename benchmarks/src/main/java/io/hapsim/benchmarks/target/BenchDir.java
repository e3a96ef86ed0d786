package io.hapsim.benchmarks.target;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder of one benchmark instance: {@code haproxy.cfg} with an admin stats socket ({@code admin.sock}) and an
 * admin TCP stats socket on a free loopback port, {@code stats timeout 5m}, optionally {@code tune.bufsize}, and one
 * empty map ({@code bench.map}) used by a {@code map()} converter so that real HAProxy keeps it. Deleted on close.
 */
public final class BenchDir implements AutoCloseable {

    public static final int DEFAULT_BUFFER_SIZE = 16384;

    private final Path dir;
    private final int port;
    private final int bufferSize;

    private BenchDir(Path dir, int port, int bufferSize) {
        this.dir = dir;
        this.port = port;
        this.bufferSize = bufferSize;
    }

    /** A fresh folder under /tmp (UNIX socket paths must stay short); {@code bufferSize} 0 = default. */
    public static BenchDir create(int bufferSize) {
        try {
            Path dir = Files.createTempDirectory(Path.of("/tmp"), "hb-").toRealPath();
            int port;
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = s.getLocalPort();
            }
            Files.createFile(dir.resolve("bench.map"));
            Files.writeString(dir.resolve("haproxy.cfg"), config(dir, port, bufferSize), StandardCharsets.ISO_8859_1);
            return new BenchDir(dir, port, bufferSize > 0 ? bufferSize : DEFAULT_BUFFER_SIZE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String config(Path dir, int port, int bufferSize) {
        return "global\n"
                + "    stats socket " + dir + "/admin.sock level admin\n"
                + "    stats socket ipv4@127.0.0.1:" + port + " level admin\n"
                + "    stats timeout 5m\n"
                + (bufferSize > 0 ? "    tune.bufsize " + bufferSize + "\n" : "")
                + "\n"
                + "defaults\n"
                + "    mode http\n"
                + "    timeout connect 1s\n"
                + "    timeout client 5s\n"
                + "    timeout server 5s\n"
                + "\n"
                + "frontend fe\n"
                + "    bind unix@" + dir + "/fe.sock\n"
                + "    http-request set-var(txn.be) req.hdr(host),lower,map(" + dir + "/bench.map,none)\n"
                + "    default_backend be\n"
                + "\n"
                + "backend be\n"
                + "    server s1 127.0.0.1:1\n";
    }

    public Path path() {
        return dir;
    }

    public Path config() {
        return dir.resolve("haproxy.cfg");
    }

    public Path socket() {
        return dir.resolve("admin.sock");
    }

    public int tcpPort() {
        return port;
    }

    public int bufferSize() {
        return bufferSize;
    }

    /** The map's reference as HAProxy takes it (the file name as written in the configuration). */
    public String map() {
        return dir + "/bench.map";
    }

    public Path logFile() {
        return dir.resolve("server.log");
    }

    @Override
    public void close() {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // best effort: /tmp
        }
    }
}
