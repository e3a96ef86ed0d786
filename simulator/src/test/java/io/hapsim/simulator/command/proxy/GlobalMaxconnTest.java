package io.hapsim.simulator.command.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The process's maxconn, as real HAProxy 2.6 to 3.4 showed it: a frontend without one of its own takes it (computed
 * from the descriptor limit when the configuration sets none), a backend a tenth of what reaches it, and
 * {@code set maxconn global} moves {@code Maxconn} but neither {@code Hard_maxconn} nor the frontends' limits.
 */
class GlobalMaxconnTest {

    private static final String PROXIES = "frontend fe\n    bind 127.0.0.1:18999\n    default_backend be\n"
            + "backend be\n    server s1 127.0.0.1:1\n";

    @Test
    void frontendsTakeTheProcesssMaxconnAndSetMaxconnGlobalMovesOnlyMaxconn() throws Exception {
        try (ProxyCli cli = ProxyCli.start("3.0", PROXIES)) {
            Map<String, String> before = info(cli.send("show info"));
            int computed = Integer.parseInt(before.get("Maxconn"));
            assertThat(before.get("Hard_maxconn")).isEqualTo(Integer.toString(computed));
            assertThat(slims(cli.send("show stat"))).containsExactly("fe,FRONTEND," + computed,
                    "be,BACKEND," + (computed + 9) / 10);

            assertThat(cli.send("set maxconn global 50")).isEqualTo("\n");
            Map<String, String> after = info(cli.send("show info"));
            assertThat(after.get("Maxconn")).isEqualTo("50");
            assertThat(after.get("Hard_maxconn")).isEqualTo(Integer.toString(computed));
            assertThat(slims(cli.send("show stat"))).containsExactly("fe,FRONTEND," + computed,
                    "be,BACKEND," + (computed + 9) / 10);
            assertThat(cli.send("set maxconn global " + (computed + 1))).isEqualTo("Value out of range.\n\n");
        }
    }

    private static Map<String, String> info(String answer) {
        return answer.lines().filter(line -> line.contains(": "))
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf(": ")),
                        line -> line.substring(line.indexOf(": ") + 2)));
    }

    /** The proxy rows' name, kind and slim (column 7). */
    private static java.util.List<String> slims(String csv) {
        return csv.lines().filter(line -> line.contains("FRONTEND") || line.contains("BACKEND"))
                .map(line -> String.join(",", java.util.Arrays.asList(line.split(",", -1)).subList(0, 2)) + ","
                        + line.split(",", -1)[6]).toList();
    }
}
