package io.hapsim.benchmarks.jmh;

import io.hapsim.benchmarks.load.Entries;
import io.hapsim.benchmarks.load.Endpoint;
import io.hapsim.benchmarks.load.MapLoader;
import io.hapsim.benchmarks.load.Strategy;
import io.hapsim.benchmarks.load.Transport;
import io.hapsim.benchmarks.target.BenchTarget;
import io.hapsim.benchmarks.target.TargetKind;
import io.hapsim.simulator.command.OutputSource;
import io.hapsim.simulator.command.OutputSources;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
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
 * {@code show map} streaming of a map holding {@code entries} entries, in bytes/s and entries/s. {@code target}
 * {@code internal}: the simulator's output source rendered in 16 KiB slices, as its session pumps it, without a
 * socket; otherwise {@code show map M} on a one-shot connection to a sim, sim-fork or real target, read to the close.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class ShowMapBenchmark {

    /** internal, sim, sim-fork, real. */
    @Param({"internal"})
    public String target;

    @Param({"3.0"})
    public String version;

    @Param({"unix"})
    public String transport;

    @Param({"100000"})
    public long entries;

    private SimInternals sim;
    private BenchTarget server;
    private Endpoint endpoint;
    private byte[] request;

    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Streamed {
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
        if (target.equals("internal")) {
            sim = new SimInternals(version);
            for (long i = 0; i < entries; i++) {
                sim.ref.add(0, Entries.key(i), Entries.value(i));
            }
            return;
        }
        server = BenchTarget.start(TargetKind.parse(target), version, 0);
        endpoint = server.endpoint(Transport.parse(transport));
        MapLoader loader = new MapLoader(endpoint, server.map(), server.bufferSize(), 0, entries);
        loader.load(Strategy.CONN_PER_CHUNK);
        request = ("show map " + server.map() + "\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    @Benchmark
    public void show(Streamed streamed) throws IOException {
        long bytes = 0;
        long lines = 0;
        if (sim != null) {
            OutputSource dump = OutputSources.lines(sim.ref.dump(sim.ref.currentVersion()), l -> l);
            StringBuilder out = new StringBuilder(32 * 1024);
            boolean more = true;
            while (more) {
                out.setLength(0);
                more = dump.produce(out, 16 * 1024);
                bytes += out.length();
                for (int i = 0; i < out.length(); i++) {
                    if (out.charAt(i) == '\n') {
                        lines++;
                    }
                }
            }
        } else {
            try (SocketChannel ch = endpoint.open()) {
                ch.write(ByteBuffer.wrap(request));
                ByteBuffer in = ByteBuffer.allocate(1 << 16);
                while (true) {
                    in.clear();
                    int n = ch.read(in);
                    if (n < 0) {
                        break;
                    }
                    bytes += n;
                    for (int i = 0; i < n; i++) {
                        if (in.get(i) == '\n') {
                            lines++;
                        }
                    }
                }
            }
        }
        if (lines < entries) {
            throw new IllegalStateException("show map gave " + lines + " lines for " + entries + " entries");
        }
        streamed.bytes += bytes;
        streamed.entries += entries;
    }

    @TearDown(Level.Trial)
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
