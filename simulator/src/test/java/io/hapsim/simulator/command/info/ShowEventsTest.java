package io.hapsim.simulator.command.info;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hapsim.simulator.RawClient;
import io.hapsim.simulator.Simulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Following a ring ({@code show events <ring> -w}) with events a test writes, on the profiles too that have no binary
 * here, and the rings' limits. What real HAProxy does is diffed live in the conformance suite; here, what a test of a
 * client relies on. Each step waits for the simulator to have read what was sent (its journal), never for time.
 */
class ShowEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private Simulator start(String version, String... lines) {
        String config = "global\n    stats socket " + dir.resolve("admin.sock") + " level admin\n"
                + "    stats timeout 200ms\n" + String.join("\n", lines) + "\n";
        return Simulator.builder().version(version).config(config).log(line -> { }).start();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"3.2", "3.3", "3.4"})
    void theDataPlaneApiFollowsItsRingNulSeparatedUntilItSendsSomething(String version) throws Exception {
        try (Simulator sim = start(version); RawClient client = RawClient.connect(sim)) {
            client.send("show events dpapi -w -0\n");
            awaitCommand(sim, "show events dpapi -w -0");
            sim.state().publishEvent("dpapi", "acme newcert /etc/haproxy/site.pem");
            assertThat(client.awaitText("\0", WAIT)).isEqualTo("acme newcert /etc/haproxy/site.pem\0");

            client.send("q\n");
            RawClient.Exchange end = client.finish(WAIT);
            assertThat(end.received()).isEqualTo("acme newcert /etc/haproxy/site.pem\0\n");
            assertThat(end.closedByServer()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.4", "2.8"})
    void beforeThreeZeroWhatTheClientSendsIsSeenAtTheNextEventOnly(String version) throws Exception {
        try (Simulator sim = start(version, "ring r1"); RawClient client = RawClient.connect(sim)) {
            String follow = "show events r1 -w\n";
            String command = "show version\n";
            client.send(follow);
            awaitCommand(sim, "show events r1 -w");
            client.send(command);
            long sent = follow.length() + command.length();
            sim.journal().awaitConnection(connection -> connection.bytesReceived() == sent, WAIT).orElseThrow();
            assertThat(client.finish(Duration.ofMillis(300)).closedByServer()).as("still following").isFalse();

            sim.state().publishEvent("r1", "first");
            RawClient.Exchange end = client.finish(WAIT);
            assertThat(end.received()).as("the event, then the end; the command was dropped").isEqualTo("first\n\n");
            assertThat(end.closedByServer()).isTrue();
        }
    }

    @Test
    void followingOutlivesTheStatsTimeout() throws Exception {
        try (Simulator sim = start("3.0", "ring r1"); RawClient client = RawClient.connect(sim)) {
            client.send("show events r1 -w\n");
            awaitCommand(sim, "show events r1 -w");
            assertThat(client.finish(Duration.ofMillis(600)).closedByServer()).as("open after 3 timeouts").isFalse();

            sim.state().publishEvent("r1", "late");
            assertThat(client.awaitText("late\n", WAIT)).isEqualTo("late\n");
            client.shutdownOutput();
            assertThat(client.finish(WAIT)).isEqualTo(new RawClient.Exchange("late\n\n", true));
        }
    }

    @Test
    void aFullRingDropsItsOldestEventsAndCountsThoseThatNeverFit() throws Exception {
        try (Simulator sim = start("3.0", "ring small", "    size 64")) {
            for (int i = 1; i <= 5; i++) {
                sim.state().publishEvent("small", "event number " + i); // 14 bytes and 2 of framing each
            }
            sim.state().publishEvent("small", "x".repeat(64));

            assertThat(sim.state().events("small")).containsExactly("event number 2", "event number 3",
                    "event number 4", "event number 5");
            assertThat(ask(sim, "show events small -n")).isEqualTo("\n");
            assertThat(ask(sim, "show events")).contains("    small      : type=buffer, 1 dropped, small\n");
        }
    }

    @Test
    void onlyRingsTakeEvents() throws Exception {
        try (Simulator sim = start("3.0")) {
            assertThatThrownBy(() -> sim.state().publishEvent("stderr", "x")).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> sim.state().publishEvent("dpapi", "x")).as("3.2+ only")
                    .isInstanceOf(NoSuchElementException.class);
        }
    }

    private static void awaitCommand(Simulator sim, String command) throws InterruptedException {
        sim.journal().awaitCommand(recorded -> String.join(" ", recorded.args()).equals(command), WAIT).orElseThrow();
    }

    private String ask(Simulator sim, String line) throws Exception {
        try (RawClient client = RawClient.connect(sim)) {
            client.send(line + "\n");
            return client.finish(WAIT).received();
        }
    }
}
