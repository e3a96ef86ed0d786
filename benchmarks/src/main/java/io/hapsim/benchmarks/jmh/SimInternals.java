package io.hapsim.benchmarks.jmh;

import io.hapsim.simulator.command.CommandRegistry;
import io.hapsim.simulator.command.StandardCommands;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.session.CliSession;
import io.hapsim.simulator.session.NonInteractiveClose;
import io.hapsim.simulator.session.ConnectionHooks;
import io.hapsim.simulator.session.SessionState;
import io.hapsim.simulator.session.SeverityOutput;
import io.hapsim.simulator.state.ProcessInfo;
import io.hapsim.simulator.state.RuntimeState;
import io.hapsim.simulator.state.ServerLog;
import io.hapsim.simulator.state.pattern.PatternRef;
import io.hapsim.simulator.state.pattern.PatternStore;
import io.hapsim.simulator.version.VersionProfile;
import io.hapsim.simulator.version.VersionProfiles;
import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.hapsim.simulator.state.pattern.MatchType;
import java.time.Duration;
import java.time.Instant;

/** A simulator without sockets: its pattern store and sessions on Netty's {@link EmbeddedChannel}. */
final class SimInternals {

    /** A map name as long as the benchmarks' (for commands that are only parsed). */
    static final String MAP = "/tmp/hb-1234567890123456789/bench.map";

    final String map;
    final VersionProfile profile;
    final RuntimeState runtime;
    final CommandRegistry registry;
    final PatternRef ref;

    SimInternals(String version) {
        profile = VersionProfiles.get(version);
        try {
            Path dir = Files.createTempDirectory(Path.of("/tmp"), "hb-");
            Path file = Files.createFile(dir.resolve("bench.map"));
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            map = file.toString();
            PatternStore patterns = PatternStore.empty(profile);
            ref = patterns.addMapFile(file, MatchType.STR);
            runtime = new RuntimeState(profile, new ProcessInfo(1, Instant.now(), 1), new ServerLog(1, line -> { }),
                    16384, patterns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry = new CommandRegistry(profile, StandardCommands.table());
    }

    /** A fresh admin session, as a connection to the stats socket would get. */
    EmbeddedChannel session() {
        CliSession s = new CliSession(runtime, registry,
                new SessionState(AccessLevel.ADMIN, SeverityOutput.NONE, Duration.ofMinutes(5)),
                ConnectionHooks.plain(NonInteractiveClose.asReal()));
        return new EmbeddedChannel(s);
    }

    /** Reads and releases whatever the session wrote; returns the bytes. */
    static long drain(EmbeddedChannel ch) {
        long n = 0;
        Object o;
        while ((o = ch.readOutbound()) != null) {
            if (o instanceof ByteBuf b) {
                n += b.readableBytes();
                b.release();
            }
        }
        return n;
    }
}
