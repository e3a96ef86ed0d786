package io.hapsim.simulator.command.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.version.VersionProfiles;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code clear counters [all]}, as real 2.6, 3.0, 3.2 and 3.4 answered it, and what {@code all} did to a backend
 * whose only server was disabled: from 3.0 its chkdown and the lastchg of it and its server read 0 until they
 * change again (measured on 2026-12-06); 3.0 and 3.2 also zero the last change date, so that the backend's
 * downtime and the server's show servers state age then read their internal clock.
 */
class ClearCountersCommandTest {

    private static final String PROXIES = "backend be\n    server s1 127.0.0.1:1\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2.6, false", "3.0, true", "3.2, true", "3.4, true"})
    void anOperatorClearsMaximumsAndAnAdminEverything(String version, boolean resetsChanges) throws Exception {
        try (ProxyCli cli = ProxyCli.start(version, PROXIES)) {
            assertThat(cli.send("disable server be/s1")).isEqualTo("\n");
            assertThat(cli.send("operator", "clear counters")).isEqualTo("\n");
            assertThat(cli.send("operator", "clear counters all")).isEqualTo("Permission denied\n\n");
            assertThat(cli.send("user", "clear counters")).isEqualTo("Permission denied\n\n");
            assertThat(changes(cli)).containsExactly("be,s1,MAINT,", "be,BACKEND,DOWN,1");
            Thread.sleep(1_100); // lastchg counts whole seconds: now at least 1
            assertThat(lastchg(cli)).doesNotContain("0");

            assertThat(cli.send("clear counters all extra")).isEqualTo("\n");
            assertThat(changes(cli)).containsExactly("be,s1,MAINT,", "be,BACKEND,DOWN," + (resetsChanges ? 0 : 1));
            if (resetsChanges) {
                assertThat(lastchg(cli)).containsOnly("0");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2.6, false", "3.0, true", "3.2, true", "3.4, false"})
    void clearingTheLastChangeDateMakesAgesReadTheInternalClock(String version, boolean readsClock)
            throws Exception {
        try (ProxyCli cli = ProxyCli.start(version, PROXIES)) {
            assertThat(cli.send("disable server be/s1")).isEqualTo("\n");
            assertThat(cli.send("clear counters all")).isEqualTo("\n");
            long downtime = Long.parseLong(rows(cli).filter(f -> f[1].equals("BACKEND")).findFirst()
                    .orElseThrow()[24]);
            long age = Long.parseLong(cli.send("show servers state").lines().map(l -> l.split(" "))
                    .filter(f -> f.length > 9 && f[1].equals("be")).findFirst().orElseThrow()[9]);
            if (!readsClock) {
                assertThat(List.of(downtime, age)).allMatch(seconds -> seconds < 5);
                return;
            }
            // a process started now reads its clock's shifted base; the one started a moment ago, that plus the
            // moment (the whole second of the shift may round either way)
            long freshStart = VersionProfiles.get(version).internalClock().secondsAt(System.currentTimeMillis(),
                    System.nanoTime() / 1_000_000, 0);
            assertThat(downtime).isBetween(freshStart - 2, freshStart + 10).isEqualTo(age);
        }
    }

    /** Each row's name, status and chkdown (column 23). */
    private static List<String> changes(ProxyCli cli) {
        return rows(cli).map(f -> f[0] + "," + f[1] + "," + f[17] + "," + f[22]).toList();
    }

    /** Each row's lastchg (column 24). */
    private static List<String> lastchg(ProxyCli cli) {
        return rows(cli).map(f -> f[23]).toList();
    }

    private static java.util.stream.Stream<String[]> rows(ProxyCli cli) {
        return cli.send("show stat").lines().filter(l -> l.startsWith("be,")).map(l -> l.split(",", -1));
    }
}
