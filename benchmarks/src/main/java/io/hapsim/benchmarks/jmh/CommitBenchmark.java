package io.hapsim.benchmarks.jmh;

import io.hapsim.benchmarks.load.MapLoader;
import io.hapsim.benchmarks.load.Strategy;
import io.hapsim.benchmarks.load.Transport;
import io.hapsim.benchmarks.target.BenchTarget;
import io.hapsim.benchmarks.target.TargetKind;
import java.util.concurrent.TimeUnit;
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
 * {@code prepare map} and {@code commit map} on a map holding {@code entries} entries, each a single shot (ms) on a
 * one-shot connection: {@code commit} makes a prepared version of {@code entries} entries current and purges the
 * {@code entries} of the previous one (the upload before each commit is not measured); {@code prepare} creates a
 * new version while the map holds {@code entries} entries.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
@Warmup(iterations = 1, batchSize = 1)
@Measurement(iterations = 3, batchSize = 1)
public class CommitBenchmark {

    @Param({"sim"})
    public String target;

    @Param({"3.0"})
    public String version;

    @Param({"1000000"})
    public long entries;

    private BenchTarget server;
    private MapLoader loader;
    private long prepared = -1;

    @Setup(Level.Trial)
    public void start() {
        server = BenchTarget.start(TargetKind.parse(target), version, 0);
        loader = new MapLoader(server.endpoint(Transport.UNIX), server.map(), server.bufferSize(), 0, entries);
        loader.load(Strategy.CONN_PER_CHUNK);
    }

    /** Before each commit: a new version with {@code entries} entries (not measured). */
    @Setup(Level.Invocation)
    public void upload() {
        prepared = loader.admin().maps().prepare(server.map());
        loader.upload(Strategy.CONN_PER_CHUNK, prepared);
    }

    @Benchmark
    public void commit() {
        loader.admin().maps().commit(server.map(), prepared);
    }

    @TearDown(Level.Trial)
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
