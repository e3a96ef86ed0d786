package io.hapsim.benchmarks.jmh;

import io.hapsim.simulator.session.framing.CommandWords;
import io.hapsim.simulator.session.framing.Frame;
import io.hapsim.simulator.session.framing.Framer;
import io.hapsim.simulator.session.framing.LineFramer;
import io.hapsim.simulator.session.framing.StreamingFramer;
import io.hapsim.simulator.version.LineMode;
import io.hapsim.simulator.version.VersionProfile;
import io.hapsim.simulator.version.VersionProfiles;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Command parsing, in ns per command: {@code frame} cuts 1,000 buffered {@code add map} lines into commands with the
 * version's framer (streaming before 3.2, whole lines on 3.2); {@code words} splits one command into words.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class ParsingBenchmark {

    static final int COMMANDS = 1000;
    static final String COMMAND = "add map @12 " + SimInternals.MAP + " key000012345 val000012345";

    @Param({"3.0"})
    public String version;

    private VersionProfile profile;
    private ByteBuf lines;

    @Setup
    public void setup() {
        profile = VersionProfiles.get(version);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < COMMANDS; i++) {
            b.append(COMMAND).append('\n');
        }
        lines = Unpooled.wrappedBuffer(b.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    @Benchmark
    @OperationsPerInvocation(COMMANDS)
    public void frame(Blackhole bh) {
        lines.readerIndex(0);
        Framer framer = profile.lineMode() == LineMode.WHOLE_LINE ? new LineFramer(profile, 16384)
                : new StreamingFramer(profile, 16384);
        int commands = 0;
        while (true) {
            Frame f = framer.next(lines, false);
            if (f instanceof Frame.Command c) {
                bh.consume(c);
                commands++;
            } else if (f instanceof Frame.NeedInput || f instanceof Frame.EndOfInput) {
                break;
            }
        }
        if (commands != COMMANDS) {
            throw new IllegalStateException("framed " + commands + " commands of " + COMMANDS);
        }
    }

    @Benchmark
    public CommandWords words() {
        return CommandWords.split(COMMAND);
    }
}
