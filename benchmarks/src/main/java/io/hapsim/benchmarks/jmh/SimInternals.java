package io.hapsim.benchmarks.jmh;

import io.hapsim.simulator.command.CommandRegistry;
import io.hapsim.simulator.command.StandardCommands;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.session.CliSession;
import io.hapsim.simulator.session.SessionListener;
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
import java.time.Duration;
import java.time.Instant;

/** A simulator without sockets: its pattern store and sessions on Netty's {@link EmbeddedChannel}. */
final class SimInternals {

    static final String MAP = "/tmp/hb-internals/bench.map";

    final VersionProfile profile;
    final RuntimeState runtime;
    final CommandRegistry registry;
    final PatternRef ref;

    SimInternals(String version) {
        profile = VersionProfiles.get(version);
        String config = "global\n    stats timeout 5m\n\nfrontend fe\n    bind :80\n"
                + "    http-request set-var(txn.be) req.hdr(host),map(" + MAP + ",none)\n";
        try {
            PatternStore patterns = PatternStore.builder(profile).buildFromText(config, "haproxy.cfg");
            runtime = new RuntimeState(profile, new ProcessInfo(1, Instant.now(), 1), new ServerLog(1, line -> { }),
                    16384, patterns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry = new CommandRegistry(profile, StandardCommands.table());
        ref = runtime.patterns().lookup(MAP);
        if (ref == null) {
            throw new IllegalStateException("the map was not loaded");
        }
    }

    /** A fresh admin session, as a connection to the stats socket would get. */
    EmbeddedChannel session() {
        CliSession s = new CliSession(runtime, registry,
                new SessionState(AccessLevel.ADMIN, SeverityOutput.NONE, Duration.ofMinutes(5)), SessionListener.NONE);
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
