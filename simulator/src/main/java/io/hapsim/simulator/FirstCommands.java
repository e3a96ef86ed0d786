package io.hapsim.simulator;

import io.hapsim.simulator.command.CommandRegistry;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.session.CliSession;
import io.hapsim.simulator.session.NonInteractiveClose;
import io.hapsim.simulator.session.SessionListener;
import io.hapsim.simulator.session.SessionState;
import io.hapsim.simulator.session.SeverityOutput;
import io.hapsim.simulator.state.RuntimeState;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Runs read-only commands once on a session that no socket carries, while Netty is still starting: on a cold JVM
 * the first command of the first client would otherwise pay for the code it is the first to run (the session,
 * the framer, the answers, the annotation reading Netty does for every new handler), tens of milliseconds that
 * the waiting is free to absorb.
 */
final class FirstCommands {

    private static final String COMMANDS = "show info\nshow cli level\nshow map\n";

    private FirstCommands() {
    }

    static void prepare(RuntimeState runtime, CommandRegistry registry) {
        EmbeddedChannel channel = new EmbeddedChannel(new CliSession(runtime, registry,
                new SessionState(AccessLevel.ADMIN, SeverityOutput.NONE, Duration.ofSeconds(10)),
                SessionListener.NONE, NonInteractiveClose.never()));
        channel.writeInbound(Unpooled.copiedBuffer(COMMANDS, StandardCharsets.ISO_8859_1));
        for (ByteBuf answer = channel.readOutbound(); answer != null; answer = channel.readOutbound()) {
            answer.release();
        }
        channel.finishAndReleaseAll();
    }
}
