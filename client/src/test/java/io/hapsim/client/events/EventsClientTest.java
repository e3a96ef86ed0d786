package io.hapsim.client.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hapsim.client.CliAddress;
import io.hapsim.client.HaproxyCli;
import io.hapsim.client.error.PermissionDeniedException;
import io.hapsim.client.error.UnknownRingException;
import io.hapsim.simulator.Simulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rings listed and followed through the client, on a simulator whose servers log to a ring: line feeds between
 * events before 3.2, NULs from 3.2 (so an event may hold a line feed), and a follower that ends at once when closed,
 * on 2.x too (where a key would only be seen at the next event).
 */
class EventsClientTest {

    private static final long WAIT_SECONDS = 5;

    @TempDir
    Path dir;

    private Simulator start(String version) {
        String config = "global\n    stats socket " + dir.resolve("admin.sock") + " level admin\n"
                + "    stats socket " + dir.resolve("user.sock") + " level user\n"
                + "    stats timeout 300ms\n    log ring@changes local0\n"
                + "ring changes\n    description \"server changes\"\n"
                + "backend be\n    log global\n    server s1 127.0.0.1:1\n    server s2 127.0.0.1:2\n";
        return Simulator.builder().version(version).config(config).log(line -> { }).start();
    }

    private HaproxyCli cli(String socket) {
        return HaproxyCli.of(CliAddress.parse(dir.resolve(socket).toString()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.4", "2.6", "3.0", "3.2", "3.4"})
    void followsWhatArrivesThenEndsWhenClosed(String version) throws Exception {
        try (Simulator sim = start(version)) {
            HaproxyCli cli = cli("admin.sock");
            cli.execute("disable server be/s1");
            BlockingQueue<String> events = new LinkedBlockingQueue<>();
            String down = "Server be/s1 is going DOWN for maintenance. 1 active and 0 backup servers left. 0 sessions"
                    + " active, 0 requeued, 0 remaining in queue.";
            EventFollower follower = cli.events().follow("changes", false, events::add);
            try {
                assertThat(events.poll(WAIT_SECONDS, TimeUnit.SECONDS)).as("what the ring held").isEqualTo(down);
                Thread.sleep(600); // two stats timeouts: a following outlives them
                cli.execute("enable server be/s1");
                assertThat(events.poll(WAIT_SECONDS, TimeUnit.SECONDS)).as("what arrived")
                        .isEqualTo("Server be/s1 is UP/READY (leaving forced maintenance).");
            } finally {
                follower.close();
            }
            assertThat(follower.ended()).isCompleted();
            assertThat(events).as("no terminator taken for an event").isEmpty();
            assertThat(cli.events().list("changes")).hasSize(2).first().isEqualTo(down);
        }
    }

    @Test
    void fromThreeTwoAnEventMayHoldALineFeed() throws Exception {
        try (Simulator sim = start("3.2")) {
            sim.state().publishEvent("dpapi", "acme newcert /etc/haproxy/a.pem\nand more");
            BlockingQueue<String> events = new LinkedBlockingQueue<>();
            try (EventFollower follower = cli("admin.sock").events().follow("dpapi", false, events::add)) {
                // before HAProxy reads the command or after: either way it comes after the first
                sim.state().publishEvent("dpapi", "acme newcert /etc/haproxy/b.pem");
                assertThat(events.poll(WAIT_SECONDS, TimeUnit.SECONDS))
                        .isEqualTo("acme newcert /etc/haproxy/a.pem\nand more");
                assertThat(events.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo("acme newcert /etc/haproxy/b.pem");
            }
            assertThat(cli("admin.sock").events().list("dpapi")).containsExactly(
                    "acme newcert /etc/haproxy/a.pem\nand more", "acme newcert /etc/haproxy/b.pem");
        }
    }

    @Test
    void refusesWhatIsNoRingAndAUserLevelSocket() throws Exception {
        try (Simulator sim = start("3.0")) {
            EventsClient events = cli("admin.sock").events();
            assertThatThrownBy(() -> events.list("nope")).isInstanceOf(UnknownRingException.class)
                    .hasMessageContaining("No such event sink");
            assertThatThrownBy(() -> events.follow("stderr", false, event -> { }))
                    .isInstanceOf(UnknownRingException.class).hasMessageContaining("Nothing to report for this sink");
            assertThatThrownBy(() -> cli("user.sock").events().follow("changes", false, event -> { }))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> events.list("dpapi")).as("3.2+").isInstanceOf(UnknownRingException.class);
            assertThat(events.list("buf0")).isEqualTo(List.of());
        }
    }

    @Test
    void aListenerThatThrowsEndsTheFollowing() throws Exception {
        try (Simulator sim = start("3.4")) {
            sim.state().publishEvent("changes", "first");
            EventFollower follower = cli("admin.sock").events().follow("changes", false, event -> {
                throw new IllegalStateException("cannot take " + event);
            });
            assertThat(follower.ended()).failsWithin(Duration.ofSeconds(WAIT_SECONDS))
                    .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .withMessageContaining("cannot take first");
            follower.close();
        }
    }
}
