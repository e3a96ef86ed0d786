package io.hapsim.simulator.command.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.RawClient;
import io.hapsim.simulator.Simulator;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code show cli sockets}, as real HAProxy 2.6, 3.0, 3.2 and 3.4 listed the same configuration (alike). */
class CliSocketsCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
    void everyStatsSocketWithItsLevelAtAnyLevel(String version) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String config = "global\n"
                + "    stats socket " + dir.resolve("s1.sock") + " level admin\n"
                + "    stats socket " + dir.resolve("s2.sock") + " mode 600 level operator\n"
                + "    stats socket ipv4@127.0.0.1:" + port + " level user\n";
        try (Simulator sim = Simulator.builder().version(version).config(config).log(line -> { }).start()) {
            String expected = "# socket lvl processes\n"
                    + "unix@" + dir.resolve("s1.sock") + " admin all\n"
                    + "unix@" + dir.resolve("s2.sock") + " operator all\n"
                    + "ipv4@127.0.0.1:" + port + " user all\n\n";
            assertThat(send(RawClient.unix(dir.resolve("s1.sock")), "show cli sockets")).isEqualTo(expected);
            assertThat(send(RawClient.unix(dir.resolve("s2.sock")), "show cli sockets extra")).isEqualTo(expected);
        }
    }

    private static String send(RawClient client, String line) throws Exception {
        try (client) {
            client.send(line + "\n");
            return client.finish(Duration.ofSeconds(5)).received();
        }
    }
}
