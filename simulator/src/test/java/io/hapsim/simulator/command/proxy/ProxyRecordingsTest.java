package io.hapsim.simulator.command.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.RawClient;
import io.hapsim.simulator.Simulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays every recorded scenario (what real HAProxy 2.6, 3.0, 3.2 and 3.4 answered, see the recordings' README)
 * against hapsim started with the same configuration, one fresh connection per line, and compares the answers
 * byte for byte once ages and dates are blanked.
 */
class ProxyRecordingsTest {

    private static final List<String> VERSIONS = List.of("2.6", "3.0", "3.2", "3.4");
    private static final List<String> SCENARIOS = List.of("stat", "servers-state", "set-server", "enable-disable",
            "maxconn", "frontend", "tables", "table-entries", "errors", "tracking", "backends", "wait");
    private static final Duration READ = Duration.ofSeconds(5);

    @TempDir
    Path sockets;

    @TestFactory
    Stream<DynamicTest> recordedScenarios() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String version : VERSIONS) {
            for (String scenario : SCENARIOS) {
                tests.add(DynamicTest.dynamicTest(version + " " + scenario,
                        () -> replay(Recording.load(version, scenario))));
            }
        }
        return tests.stream();
    }

    private void replay(Recording recording) throws Exception {
        Path dir = Files.createTempDirectory(sockets, recording.version() + "-" + recording.scenario() + "-");
        String config = Recording.resource("haproxy.cfg").replace("{DIR}", dir.toString());
        SoftAssertions softly = new SoftAssertions();
        try (Simulator simulator = Simulator.builder().version(recording.version()).config(config)
                .log(line -> { }).start()) {
            for (Recording.Exchange exchange : recording.exchanges()) {
                String answer = AnswerNormalizer.normalize(send(dir.resolve(exchange.level() + ".sock"),
                        exchange.line()));
                String expected = AnswerNormalizer.normalize(exchange.answer());
                if (!answer.equals(expected)) {
                    softly.fail("%s %s: %s%n%s", recording.version(), recording.scenario(), exchange.line(),
                            LineDiff.describe(expected, answer));
                }
            }
        }
        softly.assertAll();
    }

    private static String send(Path socket, String line) throws Exception {
        try (RawClient client = RawClient.unix(socket)) {
            client.send(line + "\n");
            RawClient.Exchange exchange = client.finish(READ);
            assertThat(exchange.closedByServer()).as("server closed after '%s'", line).isTrue();
            return exchange.received();
        }
    }
}
