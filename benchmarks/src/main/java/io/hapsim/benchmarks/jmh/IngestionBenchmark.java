package io.hapsim.benchmarks.jmh;

import io.hapsim.benchmarks.load.Entries;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
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
 * Payload ingestion without sockets: a {@code prompt} session (the simulator's own {@code CliSession} on an
 * {@link EmbeddedChannel}) is fed the bytes of a prompt-payload load ({@code add map @V M <<} chunks of ~15 KB) into
 * a prepared version; framing, payload collection, entry parsing and storing included. {@code bytes} gives bytes/s,
 * {@code entries} entries/s. The version is committed between operations (not measured).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class IngestionBenchmark {

    @Param({"3.0"})
    public String version;

    @Param({"100000"})
    public long entries;

    private SimInternals sim;
    private List<byte[]> chunks;
    private int pending = -1;
    private int prepared;

    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Ingested {
        public long entries;
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            entries = 0;
            bytes = 0;
        }
    }

    @Setup(Level.Trial)
    public void setup() {
        sim = new SimInternals(version);
        chunks = Entries.chunks(entries, 15000);
    }

    @Setup(Level.Invocation)
    public void prepare() {
        if (pending >= 0) {
            sim.ref.commit(pending);
        }
        prepared = sim.ref.prepare();
        pending = prepared;
    }

    @Benchmark
    public void ingest(Ingested ingested) {
        EmbeddedChannel ch = sim.session();
        byte[] header = ("add map @" + prepared + " " + sim.map + " <<\n").getBytes(StandardCharsets.ISO_8859_1);
        long bytes = 7;
        ch.writeInbound(Unpooled.wrappedBuffer("prompt\n".getBytes(StandardCharsets.ISO_8859_1)));
        for (byte[] c : chunks) {
            ch.writeInbound(Unpooled.wrappedBuffer(header, c, new byte[] {'\n'}));
            bytes += header.length + c.length + 1;
            SimInternals.drain(ch);
        }
        ch.runPendingTasks();
        SimInternals.drain(ch);
        ch.finishAndReleaseAll();
        if (sim.ref.size() < entries) {
            throw new IllegalStateException("the session stored " + sim.ref.size() + " entries of " + entries);
        }
        ingested.bytes += bytes;
        ingested.entries += entries;
    }

    /** The last prepared version must hold every entry fed. */
    @TearDown(Level.Trial)
    public void check() {
        long n = 0;
        for (var it = sim.ref.dump(prepared); it.hasNext(); it.next()) {
            n++;
        }
        if (n != entries) {
            throw new IllegalStateException("the prepared version holds " + n + " entries, " + entries + " were fed");
        }
    }
}
