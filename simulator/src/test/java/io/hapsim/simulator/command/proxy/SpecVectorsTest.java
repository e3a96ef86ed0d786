package io.hapsim.simulator.command.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.RawClient;
import io.hapsim.simulator.Simulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The proxy/server vectors of shared/spec/test-vectors.md (recorded from source builds of 2.4.0 to 3.2.0, same
 * answer in every version), with the proxies of its configuration, run in the order of the spec on one process.
 */
class SpecVectorsTest {

    private static final String CONFIG = """
            global
                stats socket {DIR}/admin.sock level admin
            defaults
                mode http
                timeout client 5s
                timeout server 5s
                timeout connect 5s
            frontend fe_main
                bind 127.0.0.1:18080
                stick-table type ip size 100 expire 30s store http_req_rate(10s),conn_cnt
                http-request track-sc0 src
                default_backend be_app
            backend be_app
                balance roundrobin
                server s1 127.0.0.1:18081 check disabled
                server s2 127.0.0.1:18082 weight 50
            """;
    private static final List<List<String>> VECTORS = List.of(
            List.of("show servers state nope", "Can't find backend.\n\n"),
            List.of("set server be_app/s2 weight 20", "\n"),
            List.of("set server be_app/zz weight 20", "No such server.\n\n"),
            List.of("disable server be_app/s2", "\n"),
            List.of("enable server be_app/s2", "\n"),
            List.of("set server be_app/s2 state drain", "\n"),
            List.of("set server be_app/s2 state foo",
                    "'set server <srv> state' expects 'ready', 'drain' and 'maint'.\n\n"),
            List.of("show table", "# table: fe_main, type: ip, size:100, used:0\n\n"),
            List.of("show table fe_main", "# table: fe_main, type: ip, size:100, used:0\n\n"));

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"2.4", "2.6", "2.8.0", "2.8", "3.0", "3.1", "3.2"})
    void answersLikeEveryVersion(String version) throws Exception {
        try (Simulator simulator = Simulator.builder().version(version)
                .config(CONFIG.replace("{DIR}", dir.toString())).start()) {
            for (List<String> vector : VECTORS) {
                try (RawClient client = RawClient.connect(simulator)) {
                    client.send(vector.get(0) + "\n");
                    assertThat(client.finish(Duration.ofSeconds(5)).received()).as(vector.get(0))
                            .isEqualTo(vector.get(1));
                }
            }
        }
    }
}
