package io.hapsim.simulator.command.info;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.RawClient;
import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.state.Host;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code show env}, as real 2.6, 3.0, 3.2 and 3.4 answered it when started from an empty environment: the inherited
 * variables, then the {@code HAPROXY_*} ones each version sets for itself, in its order.
 */
class ShowEnvCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2.6, 'HAPROXY_STARTUP_VERSION,HAPROXY_LOCALPEER,HAPROXY_CFGFILES,HAPROXY_CLI'",
        "3.0, 'HAPROXY_STARTUP_VERSION,HAPROXY_LOCALPEER,HAPROXY_STARTUPLOGS_FD,HAPROXY_CFGFILES,HAPROXY_CLI'",
        "3.2, 'HAPROXY_STARTUP_VERSION,HAPROXY_BRANCH,HAPROXY_CFGFILES,HAPROXY_LOCALPEER,HAPROXY_CLI'",
        "3.4, 'HAPROXY_STARTUP_VERSION,HAPROXY_KEYLOG_FC_LOG_FMT,HAPROXY_KEYLOG_BC_LOG_FMT,HAPROXY_BRANCH,"
                + "HAPROXY_CFGFILES,HAPROXY_LOCALPEER,HAPROXY_CLI'"})
    void ownVariablesFollowTheInheritedOnes(String version, String names) throws Exception {
        try (Simulator sim = start(version)) {
            String answer = send(sim, "admin", "show env");
            assertThat(answer).endsWith("\n\n").startsWith(System.getenv().keySet().iterator().next() + "=");
            List<String> own = Arrays.stream(answer.split("\n")).filter(line -> line.startsWith("HAPROXY_"))
                    .map(line -> line.substring(0, line.indexOf('='))).collect(Collectors.toList());
            assertThat(own).containsExactly(names.split(","));
            assertThat(answer).contains("HAPROXY_LOCALPEER=" + Host.name() + "\n",
                    "HAPROXY_CFGFILES=" + dir.resolve("haproxy.cfg") + "\n",
                    "HAPROXY_CLI=unix@" + dir.resolve("admin.sock") + ";unix@" + dir.resolve("oper.sock")
                            + ";unix@" + dir.resolve("user.sock") + "\n",
                    "HAPROXY_STARTUP_VERSION=" + sim.profile().version() + "\n");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
    void oneVariableByItsExactNameAtOperatorLevel(String version) throws Exception {
        try (Simulator sim = start(version)) {
            assertThat(send(sim, "oper", "show env HAPROXY_CLI extra")).isEqualTo("HAPROXY_CLI=unix@"
                    + dir.resolve("admin.sock") + ";unix@" + dir.resolve("oper.sock") + ";unix@"
                    + dir.resolve("user.sock") + "\n\n");
            assertThat(send(sim, "oper", "show env HAPROXY_CL")).isEqualTo("Variable not found\n\n");
            assertThat(send(sim, "admin", "set severity-output number; show env NOPE"))
                    .isEqualTo("\n[3]: Variable not found\n\n");
            assertThat(send(sim, "user", "show env")).isEqualTo("Permission denied\n\n");
            assertThat(send(sim, "user", "show env NOPE")).isEqualTo("Permission denied\n\n");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"3.2", "3.4"})
    void branchIsTheMajorAndMinorVersion(String version) throws Exception {
        try (Simulator sim = start(version)) {
            assertThat(send(sim, "admin", "show env HAPROXY_BRANCH")).isEqualTo("HAPROXY_BRANCH=" + version + "\n\n");
        }
    }

    /** 3.4's key log formats, byte for byte as 3.4.7 showed them (the backend's has two spaces after the random). */
    @Test
    void keylogFormatsOf34() throws Exception {
        try (Simulator sim = start("3.4")) {
            String secrets = "\nCLIENT_EARLY_TRAFFIC_SECRET %[ssl_#_client_random,hex] %[ssl_#_client_early_traffic_secret]"
                    + "\nCLIENT_HANDSHAKE_TRAFFIC_SECRET %[ssl_#_client_random,hex] %[ssl_#_client_handshake_traffic_secret]"
                    + "\nSERVER_HANDSHAKE_TRAFFIC_SECRET %[ssl_#_client_random,hex] %[ssl_#_server_handshake_traffic_secret]"
                    + "\nCLIENT_TRAFFIC_SECRET_0 %[ssl_#_client_random,hex] %[ssl_#_client_traffic_secret_0]"
                    + "\nSERVER_TRAFFIC_SECRET_0 %[ssl_#_client_random,hex] %[ssl_#_server_traffic_secret_0]"
                    + "\nEXPORTER_SECRET %[ssl_#_client_random,hex] %[ssl_#_exporter_secret]"
                    + "\nEARLY_EXPORTER_SECRET %[ssl_#_client_random,hex] %[ssl_#_early_exporter_secret]\n\n";
            assertThat(send(sim, "admin", "show env HAPROXY_KEYLOG_FC_LOG_FMT")).isEqualTo(
                    "HAPROXY_KEYLOG_FC_LOG_FMT=CLIENT_RANDOM %[ssl_fc_client_random,hex] %[ssl_fc_session_key,hex]"
                            + secrets.replace("#", "fc"));
            assertThat(send(sim, "admin", "show env HAPROXY_KEYLOG_BC_LOG_FMT")).isEqualTo(
                    "HAPROXY_KEYLOG_BC_LOG_FMT=CLIENT_RANDOM %[ssl_bc_client_random,hex]  %[ssl_bc_session_key,hex]"
                            + secrets.replace("#", "bc"));
        }
    }

    private Simulator start(String version) throws Exception {
        Path config = dir.resolve("haproxy.cfg");
        Files.writeString(config, "global\n"
                + "    stats socket " + dir.resolve("admin.sock") + " level admin\n"
                + "    stats socket " + dir.resolve("oper.sock") + " level operator\n"
                + "    stats socket " + dir.resolve("user.sock") + " level user\n");
        return Simulator.builder().version(version).config(config).log(line -> { }).start();
    }

    private String send(Simulator sim, String socket, String line) throws Exception {
        try (RawClient client = RawClient.unix(dir.resolve(socket + ".sock"))) {
            client.send(line + "\n");
            return client.finish(Duration.ofSeconds(5)).received();
        }
    }
}
