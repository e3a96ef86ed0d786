package io.hapsim.benchmarks.jmh;

import io.hapsim.benchmarks.load.Entries;
import io.hapsim.benchmarks.load.RawSink;
import io.hapsim.benchmarks.load.Transport;
import io.hapsim.client.map.ChunkBudget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * The raw-socket baseline: the bytes of a map load (same entries, same chunks, same command lines) pushed through
 * the same kind of socket to a sink that only reads ({@link RawSink}). Entries/s here is the physical limit every
 * strategy is compared with; {@code bytes} gives the raw bytes/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class RawSocketBaseline {

    @Param({"unix"})
    public String transport;

    /** stream (one connection, as a session) or conn-per-chunk. */
    @Param({"stream"})
    public String shape;

    @Param({"100000"})
    public long entries;

    /** Payload bytes per chunk; 0 = the most tune.bufsize 16384 takes. */
    @Param({"0"})
    public int chunk;

    private RawSink sink;
    private byte[] header;
    private List<byte[]> chunks;

    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Pushed {
        public long entries;
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            entries = 0;
            bytes = 0;
        }
    }

    @Setup(Level.Trial)
    public void start() {
        sink = RawSink.start(Transport.parse(transport));
        String map = "/tmp/hb-xxxxxxxxxxxxxxxxxxx/bench.map";
        header = ("add map @1 " + map + " <<\n").getBytes(StandardCharsets.ISO_8859_1);
        int budget = ChunkBudget.payloadBytes(16384, ("add map @999999999 " + map + " <<").length());
        chunks = Entries.chunks(entries, chunk <= 0 ? budget : Math.min(chunk, budget));
    }

    @Benchmark
    public void push(Pushed pushed) throws IOException {
        pushed.bytes += sink.push(shape, header, chunks);
        pushed.entries += entries;
    }

    @TearDown(Level.Trial)
    public void stop() {
        sink.close();
    }
}
