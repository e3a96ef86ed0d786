package io.hapsim.simulator.command.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The profiles without a binary here (2.4.0, 2.8.0 and 2.8.14 source builds, 3.1.0, 3.3.0), whose show stat columns
 * and messages are derived (messages.md §3, HAProxy's changelog): what sets them apart from their neighbours.
 */
class DerivedProfilesTest {

    private static final String PROXIES = """
            defaults
                mode http
            frontend fe
                bind 127.0.0.1:18080
                default_backend be
            backend be
                server s1 127.0.0.1:18081
                stick-table type integer size 10
            """;

    @ParameterizedTest(name = "{0}: {1} columns, proto named {2}")
    @CsvSource({"2.4, 114, -", "2.6, 128, -", "2.8.0, 135, (null)", "2.8, 135, proto", "3.0, 205, proto",
            "3.1, 138, proto", "3.2, 207, proto", "3.3, 145, proto", "3.4, 213, proto"})
    void statColumnsPerBuild(String version, int columns, String proto) throws Exception {
        try (ProxyCli cli = ProxyCli.start(version, PROXIES)) {
            List<String> lines = cli.send("show stat").lines().toList();
            List<String> header = List.of(lines.get(0).substring(2).split(","));
            assertThat(header).hasSize(columns);
            assertThat(header.contains("proto") || header.contains("(null)") ? header.get(112) : "-").isEqualTo(proto);
            assertThat(lines.get(1).split(",", -1)).hasSize(columns + 1);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"3.0, ''", "3.1, 0", "3.2, ''"})
    void only31CountsLoadBalancedAndAbortedRequestsOnFrontends(String version, String value) throws Exception {
        try (ProxyCli cli = ProxyCli.start(version, PROXIES)) {
            for (String column : List.of("lbtot", "cli_abrt", "srv_abrt")) {
                assertThat(column(cli.send("show stat"), "FRONTEND", column)).as(column).isEqualTo(value);
            }
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"3.2, roundrobin", "3.3, unknown", "3.4, unknown"})
    void backendsWithoutBalanceUseRandomSince33WhichShowsAsUnknown(String version, String shown) throws Exception {
        try (ProxyCli cli = ProxyCli.start(version, PROXIES + "backend rnd\n    balance random\n")) {
            String stat = cli.send("show stat");
            assertThat(column(stat, "BACKEND", "algo")).isEqualTo(shown);
            assertThat(stat.lines().filter(line -> line.startsWith("rnd,BACKEND,")).findFirst().orElseThrow())
                    .contains(",unknown,");
        }
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({"3.2, '', 2", "3.3, '', 0", "3.3, default-server inter 1s, 2", "3.4, '', 0"})
    void since33AnUncheckedServerHasNoHealthUnlessADefaultServerLineApplies(String version, String defaultServer,
            String health) throws Exception {
        String proxies = PROXIES.replace("    mode http\n", "    mode http\n    " + defaultServer + "\n");
        try (ProxyCli cli = ProxyCli.start(version, proxies)) {
            String line = cli.send("show servers state be").lines().filter(l -> l.contains(" s1 ")).findFirst()
                    .orElseThrow();
            assertThat(line.split(" ")[12]).as("srv_check_health of " + line).isEqualTo(health);
        }
    }

    /** The value of a column in the first CSV line of the given object ("FRONTEND", "BACKEND" or a server). */
    private static String column(String csv, String svname, String column) {
        List<String> lines = csv.lines().toList();
        int index = List.of(lines.get(0).substring(2).split(",")).indexOf(column);
        String line = lines.stream().filter(l -> l.split(",")[1].equals(svname)).findFirst().orElseThrow();
        return line.split(",", -1)[index];
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2.4, false", "2.6, true", "2.8, true", "3.2, true"})
    void jsonEndsWithItsOwnLineFeedSince26(String version, boolean ownLineFeed) throws Exception {
        try (ProxyCli cli = ProxyCli.start(version, PROXIES)) {
            assertThat(cli.send("show stat json")).endsWith(ownLineFeed ? "}]]\n\n" : "}]]\n");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2.4   | Empty weight string empty or preceded by garbage\\n
            2.8.0 | Empty weight string empty or preceded by garbage\\n
            2.8   | Empty weight string empty or preceded by garbage\\n\\n
            3.1   | Empty weight string empty or preceded by garbage\\n\\n
            """)
    void theCliCompletesMessagesWithoutLineFeedSince286(String version, String answer) throws Exception {
        try (ProxyCli cli = ProxyCli.start(version, PROXIES)) {
            assertThat(cli.send("set server be/s1 weight abc")).isEqualTo(answer.replace("\\n", "\n"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2.4 | no need to change the addr, port changed from '18081' to '80' by 'stats socket command'\\n\\n
            2.8 | no need to change the addr, port changed from '18081' to '80' by 'stats socket command'\\n\\n
            3.1 | port changed from '18081' to '80' by 'stats socket command'\\n\\n
            """)
    void addressChangesAreReportedIn3xWordsSince30(String version, String answer) throws Exception {
        try (ProxyCli cli = ProxyCli.start(version, PROXIES)) {
            assertThat(cli.send("set server be/s1 addr 127.0.0.1 port 80")).isEqualTo(answer.replace("\\n", "\n"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2.8 | Invalid key\\n\\n                    | Optional argument only supports "data.<store_data_type>" <operator> <value> and key <key>\\n\\n
            3.1 | \\n                                  | No entry can be found matching ptr.\\n\\n
            """)
    void tableKeysAndPointersFollowThe30Rework(String version, String letterKey, String pointer) throws Exception {
        try (ProxyCli cli = ProxyCli.start(version, PROXIES)) {
            assertThat(cli.send("show table be key abc")).isEqualTo(letterKey.replace("\\n", "\n"));
            assertThat(cli.send("show table be ptr 0x1")).isEqualTo(pointer.replace("\\n", "\n"));
        }
    }

    @Test
    void only32AsksOperatorLevelToClearATable() throws Exception {
        try (ProxyCli v31 = ProxyCli.start("3.1", PROXIES); ProxyCli v32 = ProxyCli.start("3.2", PROXIES)) {
            assertThat(v31.send("user", "clear table be")).isEqualTo("\n");
            assertThat(v32.send("user", "clear table be")).isEqualTo("Permission denied\n\n");
            assertThat(v32.send("operator", "clear table be")).isEqualTo("\n");
        }
    }
}
