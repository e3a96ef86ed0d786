package io.hapsim.benchmarks.target;

import io.hapsim.conformance.replay.target.RealHaproxy;
import io.hapsim.simulator.version.VersionProfiles;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

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

    ForkedProcess(TargetKind kind, String profile, BenchDir dir) {
        this.kind = kind;
        this.profile = profile;
        this.dir = dir;
        List<String> command = new ArrayList<>();
        if (kind == TargetKind.REAL) {
            RealHaproxy.unavailable(profile).ifPresent(why -> {
                throw new IllegalStateException("real HAProxy " + profile + " is not available: " + why);
            });
            command.add(RealHaproxy.launcher().toString());
            command.add(profile);
            command.add("-db");
            command.add("-f");
            command.add(dir.config().toString());
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx" + System.getProperty("hapsim.bench.simHeap", "4g"));
            command.add("-XX:+UseParallelGC");
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add("io.hapsim.tool.HapsimTool");
            command.add("serve");
            command.add("--version");
            command.add(profile);
            command.add("-f");
            command.add(dir.config().toString());
        }
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
            BenchTarget.awaitReady(dir, process::isAlive, this::diagnostics);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        this.version = kind == TargetKind.REAL ? realVersion(profile) : VersionProfiles.get(profile).version();
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
