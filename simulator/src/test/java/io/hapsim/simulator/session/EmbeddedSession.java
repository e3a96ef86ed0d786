package io.hapsim.simulator.session;

import io.hapsim.simulator.command.CommandRegistry;
import io.hapsim.simulator.command.StandardCommands;
import io.hapsim.simulator.state.ProcessInfo;
import io.hapsim.simulator.state.RuntimeState;
import io.hapsim.simulator.state.ServerLog;
import io.hapsim.simulator.state.pattern.PatternStore;
import io.hapsim.simulator.version.VersionProfile;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * An admin session on an embedded channel, where the test decides when bytes arrive and when the event loop turns
 * (its clock is frozen: scheduled work waits for {@link #nextLoopTurn}).
 */
public final class EmbeddedSession {

    private final EmbeddedChannel channel;

    private EmbeddedSession(EmbeddedChannel channel) {
        this.channel = channel;
    }

    /** A session; {@code outbound} handlers see what it writes before the channel does. */
    public static EmbeddedSession open(VersionProfile profile, NonInteractiveClose close, ChannelHandler... outbound) {
        RuntimeState runtime = new RuntimeState(profile, new ProcessInfo(1, Instant.now(), 1),
                new ServerLog(1, line -> { }), 16384, PatternStore.empty(profile));
        ChannelHandler[] handlers = Arrays.copyOf(outbound, outbound.length + 1);
        handlers[outbound.length] = new CliSession(runtime, new CommandRegistry(profile, StandardCommands.table()),
                new SessionState(AccessLevel.ADMIN, SeverityOutput.NONE, Duration.ofMinutes(1)),
                ConnectionHooks.plain(close));
        EmbeddedChannel channel = new EmbeddedChannel(handlers);
        channel.freezeTime();
        return new EmbeddedSession(channel);
    }

    /** One socket read that brings {@code bytes}; no event-loop task runs meanwhile. */
    public void read(byte[] bytes) {
        channel.pipeline().fireChannelRead(Unpooled.wrappedBuffer(bytes));
        channel.pipeline().fireChannelReadComplete();
    }

    public void read(String latin1) {
        read(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The client half-closes its side. */
    public void inputClosed() {
        channel.pipeline().fireUserEventTriggered(ChannelInputShutdownEvent.INSTANCE);
    }

    /** What the event loop does after its next poll, {@code elapsed} later: the tasks that were waiting for it. */
    public void nextLoopTurn(Duration elapsed) {
        channel.advanceTimeBy(elapsed.toNanos(), TimeUnit.NANOSECONDS);
        channel.runPendingTasks();
    }

    public void nextLoopTurn() {
        nextLoopTurn(Duration.ofMillis(1));
    }

    public boolean isOpen() {
        return channel.isOpen();
    }

    /** What the session wrote since the last call. */
    public String output() {
        StringBuilder text = new StringBuilder();
        for (ByteBuf chunk = channel.readOutbound(); chunk != null; chunk = channel.readOutbound()) {
            text.append(chunk.toString(StandardCharsets.ISO_8859_1));
            chunk.release();
        }
        return text.toString();
    }
}
