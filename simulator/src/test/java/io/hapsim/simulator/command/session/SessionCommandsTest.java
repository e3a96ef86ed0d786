package io.hapsim.simulator.command.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.RawClient;
import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.session.AccessLevel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Session commands where HAProxy's order of checks shows, as real 2.6, 3.0 and 3.2 answer them. */
class SessionCommandsTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path folder;

    private static String exchange(Path socket, String request) throws Exception {
        try (RawClient client = RawClient.unix(socket)) {
            client.send(request).shutdownOutput();
            return client.finish(WAIT).received();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.6", "3.0", "3.2"})
    void operatorTakesItsDashBeforeRefusingALowerLevel(String version) throws Exception {
        Path user = folder.resolve("user.sock");
        try (Simulator haproxy = Simulator.builder().version(version).socket(user, AccessLevel.USER).start()) {
            assertThat(exchange(user, "operator -\n")).isEqualTo("Permission denied\n");
            assertThat(exchange(user, "operator\n")).isEqualTo("Permission denied\n\n");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.6", "3.0", "3.2"})
    void setTimeoutIgnoresWhatFollowsTheUnitWithAWarning(String version) throws Exception {
        List<String> log = new CopyOnWriteArrayList<>();
        Path admin = folder.resolve("admin.sock");
        try (Simulator haproxy = Simulator.builder().version(version).socket(admin, AccessLevel.ADMIN)
                .log(log::add).start()) {
            assertThat(exchange(admin, "set timeout cli 1mx\n")).isEqualTo("\n");
            assertThat(log).singleElement().asString().endsWith(" : unexpected character 'x' after the timer value"
                    + " '1mx', only (us=microseconds,ms=milliseconds,s=seconds,m=minutes,h=hours,d=days) are"
                    + " supported. This will be reported as an error in next versions.\n");
            assertThat(exchange(admin, "set timeout cli x1\n")).isEqualTo("Invalid timeout value.\n\n");
            assertThat(exchange(admin, "set timeout cli 1x\n")).isEqualTo("Invalid timeout value.\n\n");
            assertThat(exchange(admin, "set timeout cli 0\n")).isEqualTo("Invalid timeout value.\n\n");
        }
    }
}
