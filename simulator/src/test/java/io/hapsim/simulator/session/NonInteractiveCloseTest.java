package io.hapsim.simulator.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hapsim.simulator.RawClient;
import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.command.CommandRegistry;
import io.hapsim.simulator.command.StandardCommands;
import io.hapsim.simulator.state.ProcessInfo;
import io.hapsim.simulator.state.RuntimeState;
import io.hapsim.simulator.state.ServerLog;
import io.hapsim.simulator.state.pattern.PatternStore;
import io.hapsim.simulator.version.VersionProfile;
import io.hapsim.simulator.version.VersionProfiles;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 2.x non-interactive close: the rule that imitates real HAProxy (when a command finishes with the input
 * buffer empty), checked read by read on an embedded channel, and the switch that makes the outcome certain.
 */
class NonInteractiveCloseTest {

    private static final String LEVEL = "show cli level\n";
    private static final String ANSWER = "admin\n\n";
    private static final Duration READ = Duration.ofSeconds(2);

    @Test
    void textFormsReadBack() {
        for (String text : new String[] {"real", "never", "after=1", "after=250"}) {
            assertThat(NonInteractiveClose.parse(text)).hasToString(text);
        }
        assertThat(NonInteractiveClose.parse("after=3")).isEqualTo(NonInteractiveClose.afterCommand(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "always", "after=", "after=0", "after=-2", "after=x", "after 3"})
    void malformedTextIsRefused(String text) {
        assertThatThrownBy(() -> NonInteractiveClose.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected real, never or after=N");
    }

    @Test
    void aCommandThatEmptiesItsOwnReadEndsTheConnectionAtOnce() {
        EmbeddedChannel channel = session("2.6", NonInteractiveClose.asReal());
        read(channel, LEVEL);

        assertThat(output(channel)).isEqualTo(ANSWER);
        assertThat(channel.isOpen()).isFalse();
    }

    /** HAProxy polls its socket between two lines of one read: what arrives meanwhile keeps the connection. */
    @Test
    void bytesArrivingWhileEarlierLinesRanAreStillRead() {
        EmbeddedChannel channel = session("2.6", NonInteractiveClose.asReal());
        read(channel, LEVEL + LEVEL);
        read(channel, LEVEL);
        nextLoopTurn(channel);

        assertThat(output(channel)).isEqualTo(ANSWER.repeat(3));
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void withoutThemTheConnectionEndsAfterThePoll() {
        EmbeddedChannel channel = session("2.6", NonInteractiveClose.asReal());
        read(channel, LEVEL + LEVEL);
        assertThat(channel.isOpen()).as("still looking for input").isTrue();
        nextLoopTurn(channel);

        assertThat(output(channel)).isEqualTo(ANSWER.repeat(2));
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void neverKeepsRunningCommandsUntilTheClientsEnd() throws Exception {
        try (Simulator haproxy = Simulator.builder().version("2.6").nonInteractiveClose(NonInteractiveClose.never())
                .start(); RawClient client = RawClient.connect(haproxy)) {
            client.send(LEVEL);
            assertThat(client.awaitText(ANSWER, READ)).isEqualTo(ANSWER);
            client.send(LEVEL).shutdownOutput();

            assertThat(client.finish(READ)).isEqualTo(new RawClient.Exchange(ANSWER.repeat(2), true));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.4", "2.6", "2.8.0", "2.8"})
    void afterNEndsRightAfterTheNthCommandWhateverIsBuffered(String version) throws Exception {
        try (Simulator haproxy = Simulator.builder().version(version).log(line -> { })
                .nonInteractiveClose(NonInteractiveClose.afterCommand(2)).start();
                RawClient client = RawClient.connect(haproxy)) {
            client.send(LEVEL.repeat(3));

            assertThat(client.finish(READ)).isEqualTo(new RawClient.Exchange(ANSWER.repeat(2), true));
        }
    }

    @Test
    void afterNWaitsForTheNthCommand() throws Exception {
        try (Simulator haproxy = Simulator.builder().version("2.6")
                .nonInteractiveClose(NonInteractiveClose.afterCommand(2)).start();
                RawClient client = RawClient.connect(haproxy)) {
            client.send(LEVEL);
            assertThat(client.awaitText(ANSWER, READ)).isEqualTo(ANSWER);
            client.send(LEVEL);

            assertThat(client.finish(READ)).isEqualTo(new RawClient.Exchange(ANSWER.repeat(2), true));
        }
    }

    @Test
    void theNextConnectionCanHaveItsOwnRule() throws Exception {
        try (Simulator haproxy = Simulator.builder().version("2.6").nonInteractiveClose(NonInteractiveClose.never())
                .start()) {
            haproxy.nonInteractiveCloseOfNextConnection(NonInteractiveClose.afterCommand(1));
            assertThat(exchange(haproxy, LEVEL.repeat(3))).isEqualTo(ANSWER);
            assertThat(exchange(haproxy, LEVEL.repeat(3))).as("back to the simulator's rule")
                    .isEqualTo(ANSWER.repeat(3));

            haproxy.nonInteractiveClose(NonInteractiveClose.afterCommand(2));
            assertThat(exchange(haproxy, LEVEL.repeat(3))).isEqualTo(ANSWER.repeat(2));
        }
    }

    /** From 3.0 on, the end after the first line is the contract, not a race: the switch does not change it. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"3.0, never", "3.2, never", "3.0, after=3"})
    void laterVersionsEndAfterTheFirstLineWhateverTheSwitch(String version, String close) throws Exception {
        try (Simulator haproxy = Simulator.builder().version(version)
                .nonInteractiveClose(NonInteractiveClose.parse(close)).start()) {
            assertThat(exchange(haproxy, LEVEL.repeat(3))).isEqualTo(ANSWER);
        }
    }

    @Test
    void promptModeIsNotAffected() throws Exception {
        try (Simulator haproxy = Simulator.builder().version("2.6")
                .nonInteractiveClose(NonInteractiveClose.afterCommand(1)).start()) {
            assertThat(exchange(haproxy, "prompt\n" + LEVEL + LEVEL + "quit\n"))
                    .isEqualTo("\n> " + ANSWER + "> " + ANSWER + "> ");
        }
    }

    /** Sends everything in one write, half-closes, returns what came back before the server closed. */
    private static String exchange(Simulator haproxy, String request) throws Exception {
        try (RawClient client = RawClient.connect(haproxy)) {
            client.send(request).shutdownOutput();
            RawClient.Exchange exchange = client.finish(READ);
            assertThat(exchange.closedByServer()).isTrue();
            return exchange.received();
        }
    }

    /** A session on an embedded channel, where the test decides when bytes arrive and when the loop turns. */
    private static EmbeddedChannel session(String version, NonInteractiveClose close) {
        VersionProfile profile = VersionProfiles.get(version);
        RuntimeState runtime = new RuntimeState(profile, new ProcessInfo(1, Instant.now(), 1),
                new ServerLog(1, line -> { }), 16384, PatternStore.empty(profile));
        EmbeddedChannel channel = new EmbeddedChannel(new CliSession(runtime, new CommandRegistry(profile, StandardCommands.table()),
                new SessionState(AccessLevel.ADMIN, SeverityOutput.NONE, Duration.ofMinutes(1)),
                SessionListener.NONE, close));
        channel.freezeTime(); // scheduled work waits for nextLoopTurn
        return channel;
    }

    /** What the event loop does after its next poll: the tasks that were waiting for it. */
    private static void nextLoopTurn(EmbeddedChannel channel) {
        channel.advanceTimeBy(1, TimeUnit.MILLISECONDS);
        channel.runPendingTasks();
    }

    /** One socket read that brings {@code bytes}; no event-loop task runs meanwhile. */
    private static void read(EmbeddedChannel channel, String bytes) {
        channel.pipeline().fireChannelRead(Unpooled.copiedBuffer(bytes, StandardCharsets.ISO_8859_1));
        channel.pipeline().fireChannelReadComplete();
    }

    private static String output(EmbeddedChannel channel) {
        StringBuilder text = new StringBuilder();
        for (ByteBuf chunk = channel.readOutbound(); chunk != null; chunk = channel.readOutbound()) {
            text.append(chunk.toString(StandardCharsets.ISO_8859_1));
            chunk.release();
        }
        return text.toString();
    }
}
