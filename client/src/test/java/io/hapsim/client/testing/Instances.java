package io.hapsim.client.testing;

import io.hapsim.client.CliAddress;
import io.hapsim.conformance.replay.target.FixtureInstanceDir;
import io.hapsim.conformance.replay.target.RealHaproxy;
import io.hapsim.conformance.replay.target.Corpus;
import io.hapsim.simulator.Simulator;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Starts fixture instances: the simulator with a version profile, or real HAProxy (2.6, 3.0, 3.2) installed by
 * {@code scripts/install-real-haproxy}. A missing real binary fails the test when {@code CI=true}, and skips it
 * visibly (with the reason) otherwise.
 */
public final class Instances {

    /** Every simulator profile. */
    public static final List<String> PROFILES = List.of("2.4", "2.6", "2.8.0", "2.8", "3.0", "3.1", "3.2", "3.3", "3.4");
    /** Real versions installed by the project's script. */
    public static final List<String> REAL = RealHaproxy.VERSIONS;

    private Instances() {
    }

    public static Instance simulator(String version) {
        return simulator(version, Map.of());
    }

    public static Instance simulator(String version, Map<String, String> env) {
        FixtureInstanceDir dir = createDir(env);
        try {
            Simulator sim = Simulator.builder().version(version).config(dir.config()).log(line -> { }).start();
            return new Running("sim " + version, dir, sim::close);
        } catch (RuntimeException e) {
            closeQuietly(dir);
            throw e;
        }
    }

    /** Fails (CI) or skips (elsewhere) when the version is not installed. */
    public static void requireReal(String version) {
        RealHaproxy.unavailable(version).ifPresent(why -> {
            if (RealHaproxy.inCi()) {
                Assertions.fail("real HAProxy " + version + " is required in CI: " + why);
            }
            System.err.println("SKIPPED (real HAProxy " + version + " not available): " + why);
            Assumptions.abort("real HAProxy " + version + " not available: " + why);
        });
    }

    public static Instance real(String version) {
        return real(version, Map.of());
    }

    public static Instance real(String version, Map<String, String> env) {
        requireReal(version);
        FixtureInstanceDir dir = createDir(env);
        try {
            ProcessBuilder pb = new ProcessBuilder(RealHaproxy.launcher().toString(), version, "-db", "-f",
                    dir.config().toString())
                    .directory(dir.dir().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectError(dir.logFile().toFile())
                    .redirectOutput(dir.dir().resolve("haproxy.out").toFile());
            Process p = pb.start();
            Runnable stop = () -> {
                p.destroy();
                try {
                    if (!p.waitFor(5, TimeUnit.SECONDS)) {
                        p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    p.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
            };
            awaitSocket(dir.socketPath("admin"), p, dir);
            return new Running("real " + version, dir, stop);
        } catch (IOException e) {
            closeQuietly(dir);
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitSocket(Path socket, Process p, FixtureInstanceDir dir) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IOException("haproxy exited at start: "
                        + Files.readString(dir.logFile(), StandardCharsets.ISO_8859_1));
            }
            try (SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                c.connect(UnixDomainSocketAddress.of(socket));
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted");
                }
            }
        }
        p.destroyForcibly();
        throw new IOException("haproxy did not open " + socket + " within 15 s");
    }

    private static FixtureInstanceDir createDir(Map<String, String> env) {
        try {
            return FixtureInstanceDir.create(Corpus.locate().fixture(), new HashMap<>(env));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(FixtureInstanceDir dir) {
        try {
            dir.close();
        } catch (IOException ignored) {
            // best effort
        }
    }

    private record Running(String label, FixtureInstanceDir fixture, Runnable stop) implements Instance {

        @Override
        public Path dir() {
            return fixture.dir();
        }

        @Override
        public CliAddress admin() {
            return CliAddress.unix(fixture.socketPath("admin"));
        }

        @Override
        public CliAddress tcp() {
            return CliAddress.tcp("127.0.0.1", fixture.tcpPort());
        }

        @Override
        public void close() {
            stop.run();
            closeQuietly(fixture);
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
