package io.hapsim.benchmarks.target;

import io.hapsim.conformance.replay.target.RealHaproxy;
import io.hapsim.conformance.replay.target.RepoRoot;
import io.hapsim.simulator.version.VersionProfiles;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A target in its own process: real HAProxy ({@code scripts/real-haproxy VERSION -db -f cfg}) or the simulator
 * ({@code java -cp <this class path> io.hapsim.tool.HapsimTool serve --version V -f cfg}, heap from
 * {@code -Dhapsim.bench.simHeap}, default 4g). Its stderr goes to the folder's {@code server.log}; stopped with
 * SIGTERM.
 */
public final class ForkedProcess implements BenchTarget {

    private final TargetKind kind;
    private final String profile;
    private final BenchDir dir;
    private final Process process;
    private final String version;
    private final Duration launchToFirstAnswer;

    ForkedProcess(TargetKind kind, String profile, BenchDir dir) {
        this.kind = kind;
        this.profile = profile;
        this.dir = dir;
        List<String> command = command(kind, profile, dir);
        long launchedAt = System.nanoTime();
        try {
            this.process = new ProcessBuilder(command).directory(dir.path().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(dir.logFile().toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            this.launchToFirstAnswer = Duration.ofNanos(
                    BenchTarget.awaitReady(dir, process::isAlive, this::diagnostics) - launchedAt);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        this.version = kind == TargetKind.REAL ? realVersion(profile) : VersionProfiles.get(profile).version();
    }

    private static List<String> command(TargetKind kind, String profile, BenchDir dir) {
        List<String> serve = List.of("serve", "--version", profile, "-f", dir.config().toString());
        List<String> command = new ArrayList<>();
        switch (kind) {
            case REAL -> {
                RealHaproxy.unavailable(profile).ifPresent(why -> {
                    throw new IllegalStateException("real HAProxy " + profile + " is not available: " + why);
                });
                command.addAll(List.of(RealHaproxy.launcher().toString(), profile, "-db", "-f",
                        dir.config().toString()));
                return command;
            }
            case SIM_FORK -> command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + System.getProperty("hapsim.bench.simHeap", "4g"), "-XX:+UseParallelGC", "-cp",
                    System.getProperty("java.class.path"), "io.hapsim.tool.HapsimTool"));
            case SIM_JAR -> command.addAll(List.of("java", "-jar", standaloneJar().toString()));
            case SIM_LAUNCHER -> command.add(RepoRoot.find().resolve("hapsim").toString());
            default -> throw new IllegalArgumentException(kind + " does not run in its own process");
        }
        command.addAll(serve);
        return command;
    }

    /** tool/target/hapsim-tool-VERSION-standalone.jar, as the build leaves it. */
    static Path standaloneJar() {
        Path target = RepoRoot.find().resolve("tool").resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("hapsim-tool-.*-standalone\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no standalone jar in " + target
                            + ": ./mvnw -B package -pl tool -am"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From the launch of the process to the first answer to {@code show info} on its UNIX socket. */
    public Duration launchToFirstAnswer() {
        return launchToFirstAnswer;
    }

    /** {@code 3.0.11-1+deb13u5} from {@code real-haproxy 3.0 -v}. */
    public static String realVersion(String profile) {
        try {
            Process p = new ProcessBuilder(RealHaproxy.launcher().toString(), profile, "-v")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            p.waitFor(20, TimeUnit.SECONDS);
            String prefix = "HAProxy version ";
            int at = out.indexOf(prefix);
            if (at >= 0) {
                String rest = out.substring(at + prefix.length());
                int sp = rest.indexOf(' ');
                return sp > 0 ? rest.substring(0, sp) : rest.strip();
            }
            return profile;
        } catch (IOException e) {
            return profile;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return profile;
        }
    }

    private String diagnostics() {
        String state = process.isAlive() ? "running" : "exited with " + process.exitValue();
        try {
            return kind.label() + " " + profile + " " + state + "; output: "
                    + Files.readString(dir.logFile(), StandardCharsets.ISO_8859_1).strip();
        } catch (IOException e) {
            return kind.label() + " " + profile + " " + state;
        }
    }

    @Override
    public TargetKind kind() {
        return kind;
    }

    @Override
    public String profile() {
        return profile;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public BenchDir dir() {
        return dir;
    }

    @Override
    public OptionalLong pid() {
        return OptionalLong.of(process.pid());
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            stop();
        } finally {
            dir.close();
        }
    }
}
