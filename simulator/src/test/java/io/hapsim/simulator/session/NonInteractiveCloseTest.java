package io.hapsim.simulator.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hapsim.simulator.RawClient;
import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.version.VersionProfiles;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        EmbeddedSession session = EmbeddedSession.open(VersionProfiles.get("2.6"), NonInteractiveClose.asReal());
        session.read(LEVEL);

        assertThat(session.output()).isEqualTo(ANSWER);
        assertThat(session.isOpen()).isFalse();
    }

    /** HAProxy polls its socket between two lines of one read: what arrives meanwhile keeps the connection. */
    @Test
    void bytesArrivingWhileEarlierLinesRanAreStillRead() {
        EmbeddedSession session = EmbeddedSession.open(VersionProfiles.get("2.6"), NonInteractiveClose.asReal());
        session.read(LEVEL + LEVEL);
        session.read(LEVEL);
        session.nextLoopTurn();

        assertThat(session.output()).isEqualTo(ANSWER.repeat(3));
        assertThat(session.isOpen()).isFalse();
    }

    @Test
    void withoutThemTheConnectionEndsAfterThePoll() {
        EmbeddedSession session = EmbeddedSession.open(VersionProfiles.get("2.6"), NonInteractiveClose.asReal());
        session.read(LEVEL + LEVEL);
        assertThat(session.isOpen()).as("still looking for input").isTrue();
        session.nextLoopTurn();

        assertThat(session.output()).isEqualTo(ANSWER.repeat(2));
        assertThat(session.isOpen()).isFalse();
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

    @Test
    void theClientsEndWhileTheAnswerIsStillGoingOutWaitsForIt() {
        HeldWrites held = new HeldWrites();
        EmbeddedSession session = EmbeddedSession.open(VersionProfiles.get("2.8"), NonInteractiveClose.asReal(), held);
        session.read(LEVEL); // answered, then the 2.8 session ends its side and drains: the answer is not out yet
        session.nextLoopTurn();
        session.inputClosed();

        assertThat(held.closedWhileHolding).as("closed with its answer unsent").isFalse();
        held.release();
        assertThat(session.output()).isEqualTo(ANSWER);
        assertThat(session.isOpen()).isFalse();
    }

    /** Holds what the session writes, as a socket whose peer does not read yet, until released. */
    private static final class HeldWrites extends ChannelOutboundHandlerAdapter {
        private final List<Object> messages = new ArrayList<>();
        private final List<ChannelPromise> promises = new ArrayList<>();
        private ChannelHandlerContext context;
        boolean closedWhileHolding;

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            context = ctx;
            messages.add(msg);
            promises.add(promise);
        }

        @Override
        public void flush(ChannelHandlerContext ctx) {
            // held until released
        }

        @Override
        public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
            closedWhileHolding |= !messages.isEmpty();
            ctx.close(promise);
        }

        void release() {
            for (int i = 0; i < messages.size(); i++) {
                context.write(messages.get(i), promises.get(i));
            }
            messages.clear();
            promises.clear();
            context.flush();
        }
    }
}
