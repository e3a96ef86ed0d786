package io.hapsim.simulator.command.info;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.RawClient;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code set rate-limit}, as real HAProxy 2.6, 3.0, 3.2 and 3.4 answered it (alike) and showed it in show info. */
class RateLimitCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
    void limitsAreSetAsAtoiReadsThemAndShownByShowInfo(String version) throws Exception {
        try (Simulator sim = Simulator.builder().version(version).log(line -> { })
                .socket(dir.resolve("admin.sock"), AccessLevel.ADMIN)
                .socket(dir.resolve("oper.sock"), AccessLevel.OPERATOR).start()) {
            assertThat(send("set rate-limit connections global 100")).isEqualTo("\n");
            assertThat(send("set rate-limit connections global -5")).isEqualTo("Value out of range.\n\n");
            assertThat(limits()).containsExactly("ConnRateLimit: 100", "SessRateLimit: 0", "SslRateLimit: 0",
                    "CompressBpsRateLim: 0");
            assertThat(send("set rate-limit connections global 99999999999")).isEqualTo("\n");
            assertThat(send("set rate-limit http-compression global 99999999")).isEqualTo("\n");
            assertThat(send("set rate-limit sessions global 5 extra")).isEqualTo("\n");
            assertThat(send("set rate-limit ssl-sessions global 12abc")).isEqualTo("\n");
            assertThat(limits()).containsExactly("ConnRateLimit: 1215752191", "SessRateLimit: 5",
                    "SslRateLimit: 12", "CompressBpsRateLim: 3615751168");
            assertThat(send("set rate-limit connections global x")).isEqualTo("\n");
            assertThat(send("set rate-limit connections global")).isEqualTo("Expects an integer value.\n\n");
            for (String wrong : new String[] {"set rate-limit", "set rate-limit connections",
                "set rate-limit foo global 1", "set rate-limit connections local 1"}) {
                assertThat(send(wrong)).as(wrong).isEqualTo("'set rate-limit' only supports :\n"
                        + "   - 'connections global' to set the per-process maximum connection rate\n"
                        + "   - 'sessions global' to set the per-process maximum session rate\n"
                        + "   - 'ssl-sessions global' to set the per-process maximum SSL session rate\n"
                        + "   - 'http-compression global' to set the per-process maximum compression speed in kB/s\n"
                        + "\n");
            }
            assertThat(send("oper.sock", "set rate-limit")).isEqualTo("Permission denied\n\n");
            assertThat(limits()).first().isEqualTo("ConnRateLimit: 0");
        }
    }

    private java.util.List<String> limits() throws Exception {
        return send("show info").lines().filter(l -> l.matches("(Conn|Sess|Ssl)RateLimit: .*|CompressBpsRateLim: .*"))
                .toList();
    }

    private String send(String line) throws Exception {
        return send("admin.sock", line);
    }

    private String send(String socket, String line) throws Exception {
        try (RawClient client = RawClient.unix(dir.resolve(socket))) {
            client.send(line + "\n");
            return client.finish(Duration.ofSeconds(5)).received();
        }
    }
}
