package io.hapsim.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.client.testing.Instance;
import io.hapsim.client.testing.Instances;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One-shot commands, sessions and version detection against every simulated profile. */
class HaproxyCliSimulatorTest {

    static Stream<String> profiles() {
        return Instances.PROFILES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void detectsTheVersionAndRunsOneShotAndPipelinedCommands(String profile) {
        try (Instance haproxy = Instances.simulator(profile)) {
            for (CliAddress address : List.of(haproxy.admin(), haproxy.tcp())) {
                HaproxyCli cli = HaproxyCli.of(address);
                HaproxyVersion v = cli.version();
                assertThat(v.branch()).isEqualTo(profile.equals("2.8.0") ? "2.8" : profile);
                assertThat(cli.execute("show cli level")).isEqualTo("admin\n");
                assertThat(cli.showInfo().name()).isEqualTo("HAProxy");
                try (CliSession session = cli.openSession()) {
                    // pipelined: all written before any answer is read; 3.0+ would drop them non-interactively
                    List<CompletableFuture<String>> answers = Stream.of("show cli level", "prepare map "
                            + haproxy.bulkMap(), "show cli level", "prepare map " + haproxy.bulkMap())
                            .map(session::send).toList();
                    assertThat(answers.get(0).join()).isEqualTo("admin\n");
                    assertThat(answers.get(1).join()).startsWith("New version created: ");
                    assertThat(answers.get(2).join()).isEqualTo("admin\n");
                    long first = Long.parseLong(answers.get(1).join().replaceAll("\\D", ""));
                    assertThat(answers.get(3).join()).isEqualTo("New version created: " + (first + 1) + "\n");
                    // payloads in prompt mode: the "+ " continuation prompts are consumed
                    assertThat(session.execute("add map @" + first + " " + haproxy.bulkMap() + " <<",
                            "p1 v1\np2 v2\n")).isEmpty();
                    assertThat(session.execute("show map @" + first + " " + haproxy.bulkMap()))
                            .matches("(?s)0x[0-9a-f]+ p1 v1\n0x[0-9a-f]+ p2 v2\n");
                }
            }
        }
    }

    @Test
    void promptISessionsOn32() {
        try (Instance haproxy = Instances.simulator("3.2")) {
            HaproxyCli cli = haproxy.cli();
            assertThat(SessionMode.INTERACTIVE.supportedBy(cli.version())).isTrue();
            try (CliSession session = cli.openSession(SessionMode.INTERACTIVE)) {
                CompletableFuture<String> a = session.send("show cli level");
                CompletableFuture<String> b = session.sendPayload("add map " + haproxy.bulkMap() + " <<",
                        "i1 v1\n".getBytes());
                CompletableFuture<String> c = session.send("show map " + haproxy.bulkMap());
                assertThat(a.join()).isEqualTo("admin\n");
                assertThat(b.join()).isEmpty();
                assertThat(c.join()).contains(" i1 v1\n");
            }
        }
    }

    @Test
    void versionFallsBackToShowInfoOn24() {
        try (Instance haproxy = Instances.simulator("2.4")) {
            assertThat(haproxy.cli().execute("show version")).startsWith("Unknown command");
            assertThat(haproxy.cli().version().text()).isEqualTo("2.4.0-6cbbecf09");
        }
    }
}
