package io.hapsim.benchmarks.jmh;

import io.hapsim.benchmarks.load.MapLoader;
import io.hapsim.benchmarks.load.Strategy;
import io.hapsim.benchmarks.load.Transport;
import io.hapsim.benchmarks.target.BenchTarget;
import io.hapsim.benchmarks.target.TargetKind;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Map commit throughput: one operation is a whole load of {@code entries} entries into a map ({@code prepare map},
 * the upload by {@code strategy}, {@code commit map}, which also purges the previous load). The {@code entries}
 * counter gives entries/s; the primary score is loads/s. Every answer is checked during the load, and at the end of
 * the trial the map must hold exactly {@code entries} entries.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class MapCommitBenchmark {

    /** sim (in this JVM), sim-fork (separate JVM), real (scripts/real-haproxy). */
    @Param({"sim"})
    public String target;

    /** Version profile: 2.4 ... 3.2 for the simulator, 2.6, 3.0, 3.2 for real HAProxy. */
    @Param({"3.0"})
    public String version;

    @Param({"unix"})
    public String transport;

    /** prompt-payload, prompt-i-lines (3.2+), conn-per-chunk, semicolon-adds, client, client-verified. */
    @Param({"prompt-payload"})
    public String strategy;

    @Param({"100000"})
    public long entries;

    /** Payload bytes per chunk (line bytes for semicolon-adds); 0 = the most tune.bufsize takes. */
    @Param({"0"})
    public int chunk;

    /** tune.bufsize; 0 = HAProxy's default (16384). */
    @Param({"0"})
    public int bufsize;

    private BenchTarget server;
    private MapLoader loader;
    private Strategy how;

    /** Entries loaded, reported per second. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Loaded {
        public long entries;

        @Setup(Level.Iteration)
        public void reset() {
            entries = 0;
        }
    }

    @Setup(Level.Trial)
    public void start() {
        how = Strategy.parse(strategy);
        if (!how.supports(version)) {
            throw new IllegalArgumentException(how.label() + " does not work on " + version);
        }
        server = BenchTarget.start(TargetKind.parse(target), version, bufsize);
        loader = new MapLoader(server.endpoint(Transport.parse(transport)), server.map(), server.bufferSize(), chunk,
                entries);
    }

    @Benchmark
    public void load(Loaded loaded) {
        loaded.entries += loader.load(how);
    }

    @TearDown(Level.Iteration)
    public void forget() {
    }

    @TearDown(Level.Trial)
    public void stop() {
        if (server == null) {
            return;
        }
        try {
            long found = loader.currentEntries();
            if (found != entries) {
                throw new IllegalStateException("the map holds " + found + " entries after the last load, not "
                        + entries);
            }
        } finally {
            server.close();
        }
    }
}
