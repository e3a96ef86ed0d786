package io.hapsim.simulator;

import io.hapsim.simulator.command.CommandRegistry;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.session.CliSession;
import io.hapsim.simulator.session.NonInteractiveClose;
import io.hapsim.simulator.session.ConnectionHooks;
import io.hapsim.simulator.session.SessionState;
import io.hapsim.simulator.session.SeverityOutput;
import io.hapsim.simulator.state.ProcessInfo;
import io.hapsim.simulator.state.RuntimeState;
import io.hapsim.simulator.state.ServerLog;
import io.hapsim.simulator.state.pattern.MatchType;
import io.hapsim.simulator.state.pattern.PatternStore;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Runs commands on a session that no socket carries, against a scratch state that nothing else sees (its own map,
 * log and process), while Netty is still starting: on a cold JVM the first clients would otherwise pay for the code
 * they are the first to run (the session, the framer, the answers, the annotation reading Netty does for every new
 * handler), and a big load is thousands of times one short path whose first chunks run interpreted (measured: the
 * first connections of a load took 6-15 ms each instead of ~2.5 ms). The waiting for Netty absorbs it. The
 * simulator's own state is never touched: a command there could log (2.8 warns once per process) or count.
 */
final class FirstCommands {

    private static final int CHUNKS = 10;
    private static final int ENTRIES_PER_CHUNK = 200;

    private FirstCommands() {
    }

    static void prepare(RuntimeState runtime, CommandRegistry registry) {
        try {
            Path file = Files.createTempFile("hapsim-first-commands-", ".map");
            try {
                RuntimeState scratch = new RuntimeState(runtime.profile(), new ProcessInfo(1, Instant.now(), 1),
                        new ServerLog(1, line -> { }), runtime.bufferSize(),
                        PatternStore.builder(runtime.profile()).mapFile(file, MatchType.STR).build());
                run(scratch, registry, bulkLoad(file));
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // only a head start: the first load will do without it
        }
    }

    private static String bulkLoad(Path map) {
        StringBuilder load = new StringBuilder("prompt\nshow info\nshow cli level\nshow map\nprepare map " + map
                + "\n");
        for (int c = 0; c < CHUNKS; c++) {
            load.append("add map @1 ").append(map).append(" <<\n");
            for (int e = 0; e < ENTRIES_PER_CHUNK; e++) {
                load.append("key").append(c).append('.').append(e).append(" value").append(e).append('\n');
            }
            load.append('\n');
        }
        return load.append("commit map @1 ").append(map).append('\n').toString();
    }

    private static void run(RuntimeState runtime, CommandRegistry registry, String input) {
        EmbeddedChannel channel = new EmbeddedChannel(new CliSession(runtime, registry,
                new SessionState(AccessLevel.ADMIN, SeverityOutput.NONE, Duration.ofSeconds(10)),
                ConnectionHooks.plain(NonInteractiveClose.never())));
        channel.writeInbound(Unpooled.copiedBuffer(input, StandardCharsets.ISO_8859_1));
        for (ByteBuf answer = channel.readOutbound(); answer != null; answer = channel.readOutbound()) {
            answer.release();
        }
        channel.finishAndReleaseAll();
    }
}
