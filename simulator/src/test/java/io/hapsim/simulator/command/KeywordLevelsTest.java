package io.hapsim.simulator.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.RawClient;
import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.version.VersionProfiles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every keyword refuses a session below the level HAProxy requires (recorded from the real binaries), before
 * anything else and whether hapsim simulates the command or not.
 */
class KeywordLevelsTest {

    private static final String DENIED = "Permission denied\n\n";

    @TempDir
    Path dir;

    static List<String> versions() {
        return VersionProfiles.labels();
    }

    @ParameterizedTest
    @MethodSource("versions")
    void everyKeywordAboveTheSessionLevelIsRefused(String version) throws Exception {
        List<Keyword> restricted = KeywordCatalog.forProfile(VersionProfiles.get(version)).stream()
                .filter(k -> k.level() != AccessLevel.USER && k.restriction() == Keyword.Restriction.NONE).toList();
        assertThat(restricted).as("keywords above user level").isNotEmpty();
        try (Simulator haproxy = Simulator.builder().version(version).log(line -> { })
                .socket(dir.resolve("user.sock"), AccessLevel.USER)
                .socket(dir.resolve("oper.sock"), AccessLevel.OPERATOR).start()) {
            for (Keyword keyword : restricted) {
                String command = String.join(" ", keyword.words()) + "\n";
                assertThat(exchange(dir.resolve("user.sock"), command)).as("%s on a user socket", command)
                        .isEqualTo(DENIED);
                if (keyword.level() == AccessLevel.ADMIN) {
                    assertThat(exchange(dir.resolve("oper.sock"), command)).as("%s on an operator socket", command)
                            .isEqualTo(DENIED);
                }
            }
        }
    }

    /** Measured on the real binaries: not simulated, yet refused exactly like HAProxy refuses them. */
    @ParameterizedTest(name = "{0}: {1} on {2}")
    @CsvSource({
        "3.0, show env, user", "3.0, show fd, user", "3.0, show sess, user", "3.0, show activity, user",
        "3.0, show libs, user", "3.0, show startup-logs, user", "3.0, add server be/s9 127.0.0.1:9, operator",
        "3.0, del server be/s1, operator", "3.0, set rate-limit connections global 10, operator",
        "3.0, shutdown session 0x1, operator", "3.2, show env, user", "2.6, show env, user",
    })
    void unsimulatedCommandsAreRefusedBeforeTheirArguments(String version, String command, String level)
            throws Exception {
        Path socket = dir.resolve(level + ".sock");
        try (Simulator haproxy = Simulator.builder().version(version).log(line -> { })
                .socket(socket, AccessLevel.parse(level)).start()) {
            assertThat(exchange(socket, command + "\n")).isEqualTo(DENIED);
        }
    }

    private static String exchange(Path socket, String request) throws Exception {
        try (RawClient client = RawClient.unix(socket)) {
            client.send(request).shutdownOutput();
            return client.finish(Duration.ofSeconds(2)).received();
        }
    }
}
