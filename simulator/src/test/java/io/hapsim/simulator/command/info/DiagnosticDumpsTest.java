package io.hapsim.simulator.command.info;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.RawClient;
import io.hapsim.simulator.Simulator;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code show events} with rings of the configuration, and {@code show servers conn} with a checked server and
 * one added at run time, as real HAProxy 2.6, 3.0 and 3.4 answered the same configuration (two threads).
 */
class DiagnosticDumpsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2.6|Supported events sinks are listed below. Add -w(wait), -n(new). Any key to stop\\n|",
        "3.0|Supported events sinks are listed below. Add -w(wait), -n(new). Any key to stop\\n|",
        "3.4|Supported events sinks are listed below. Add -0(zero), -w(wait), -n(new), -s(anitize). Any key to stop.\\n"
                + "|'    dpapi      : type=buffer, 0 dropped, DPAPI ring buffer\\n'"})
    void ringsFollowTheBuiltInSinks(String version, String header, String dpapi) throws Exception {
        String config = "global\n    nbthread 2\n    stats socket " + dir.resolve("admin.sock") + " level admin\n"
                + "ring myring\n    description \"My local buffer\"\n    format rfc3164\n    size 32764\n"
                + "ring r2\n    size 16384\n";
        try (Simulator sim = Simulator.builder().version(version).config(config).log(line -> { }).start()) {
            assertThat(send("show events")).isEqualTo(header.replace("\\n", "\n")
                    + "    stdout     : type=fd, 0 dropped, standard output (fd#1)\n"
                    + "    stderr     : type=fd, 0 dropped, standard output (fd#2)\n"
                    + "    buf0       : type=buffer, 0 dropped, in-memory ring buffer\n"
                    + (dpapi == null ? "" : dpapi.replace("\\n", "\n"))
                    + "    myring     : type=buffer, 0 dropped, My local buffer\n"
                    + "    r2         : type=buffer, 0 dropped, r2\n\n");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2.6|purge_delay used_cur used_max need_est unsafe_nb safe_nb idle_lim idle_cur|5000 0 0 0 0 0 -1 0|"
                + "5000 0 1 1 0 0 -1 0|0 0 0 0 0 0 0 0",
        "3.0|purge_delay used_cur used_max need_est unsafe_nb safe_nb idle_lim idle_cur|5000 0 0 0 0 0 -1 0|"
                + "5000 0 1 1 0 0 -1 0|5000 0 0 0 0 0 -1 0",
        "3.4|purge_delay served used_cur used_max need_est idle_sess unsafe_nb safe_nb idle_lim idle_cur|"
                + "5000 0 0 0 0 0 0 0 -1 0|5000 0 0 1 1 0 0 0 -1 0|5000 0 0 0 0 0 0 0 -1 0"})
    void serversConnListsEachServersPool(String version, String columns, String plain, String checked,
            String added) throws Exception {
        String config = "global\n    nbthread 2\n    stats socket " + dir.resolve("admin.sock") + " level admin\n"
                + "backend be\n    server s1 127.0.0.1:18292\n    server s2 127.0.0.1:18293 check\n";
        try (Simulator sim = Simulator.builder().version(version).config(config).log(line -> { }).start()) {
            send("add server be/n1 127.0.0.1:9001");
            assertThat(send("show servers conn be")).isEqualTo(
                    "# bkname/svname bkid/svid addr port - " + columns + " idle_per_thr[2]\n"
                            + "be/s1 2/1 127.0.0.1 18292 - " + plain + " 0 0\n"
                            + "be/s2 2/2 127.0.0.1 18293 - " + checked + " 0 0\n"
                            + "be/n1 2/3 127.0.0.1 9001 - " + added + " 0 0\n\n");
            assertThat(send("show servers conn nope")).isEqualTo("Can't find backend.\n\n");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"2.6|\\n\\n", "3.0|\\n", "3.4|\\n"})
    void anEmptyStartupLogIsAnEmptyLineOn2xAndNothingFrom30(String version, String answer) throws Exception {
        String config = "global\n    maxconn 100\n    chroot /\n    user root\n"
                + "    stats socket " + dir.resolve("admin.sock") + " level admin\n";
        try (Simulator sim = Simulator.builder().version(version).config(config).log(line -> { }).start()) {
            assertThat(send("show startup-logs")).isEqualTo(answer.replace("\\n", "\n"));
        }
    }

    @Test
    void from30TheFirstStartupAlertComesAfterTheVersionAndFrom33TheComputedMaxconnIsNoticed() throws Exception {
        String socket = "    stats socket " + dir.resolve("admin.sock") + " level admin\n";
        String twice = "global\n    maxconn 100\n    maxconn 200\n    chroot /\n    user root\n" + socket;
        try (Simulator sim = Simulator.builder().version("3.0").config(twice).log(line -> { }).start()) {
            assertThat(send("show startup-logs").replaceAll("\\(\\d+\\)", "(PID)")).matches(
                    "\\[NOTICE]   \\(PID\\) : haproxy version is 3\\.0\\.11-1\\+deb13u5\n"
                            + "\\[NOTICE]   \\(PID\\) : path to executable is \\S+java\n"
                            + "\\[ALERT]    \\(PID\\) : config : parsing \\[haproxy\\.cfg:3] : 'maxconn' already"
                            + " specified\\. Continuing\\.\n\n");
        }
        String computed = "global\n    chroot /\n    user root\n" + socket;
        try (Simulator sim = Simulator.builder().version("3.4").config(computed).log(line -> { }).start()) {
            assertThat(send("show startup-logs")).matches(
                    "\\[NOTICE]   \\(\\d+\\) : Automatically setting global\\.maxconn to \\d+\\.\n\n");
            assertThat(send("show info")).contains("\nTotalWarnings: 0\n");
        }
    }

    @Test
    void resolversListEachNameServersCountersAndADefaultSectionReplacesTheHostsOne() throws Exception {
        String config = "global\n    stats socket " + dir.resolve("admin.sock") + " level admin\n"
                + "resolvers dns\n    nameserver ns1 127.0.0.1:18530\n"
                + "resolvers default\n    nameserver local 127.0.0.1:53\n";
        String counters = "  sent:        0\n  snd_error:   0\n  valid:       0\n  update:      0\n"
                + "  cname:       0\n  cname_error: 0\n  any_err:     0\n  nx:          0\n  timeout:     0\n"
                + "  refused:     0\n  other:       0\n  invalid:     0\n  too_big:     0\n  truncated:   0\n"
                + "  outdated:    0\n";
        try (Simulator sim = Simulator.builder().version("3.0").config(config).log(line -> { }).start()) {
            assertThat(send("show resolvers")).isEqualTo("Resolvers section dns\n nameserver ns1:\n" + counters
                    + "Resolvers section default\n nameserver local:\n" + counters + "\n");
            assertThat(send("show resolvers dns")).isEqualTo("Resolvers section dns\n nameserver ns1:\n" + counters
                    + "\n");
            assertThat(send("show resolvers nope")).isEqualTo("Can't find that resolvers section\n\n");
        }
    }

    @Test
    void peersSectionsWithoutThisHostAreLeftOut() throws Exception {
        String socket = "global\n    stats socket " + dir.resolve("admin.sock") + " level admin\n";
        String elsewhere = socket + "peers mypeers\n    peer local 127.0.0.1:18400\n    peer other 127.0.0.1:18401\n";
        try (Simulator sim = Simulator.builder().version("3.0").config(elsewhere).log(line -> { }).start()) {
            // as real 2.6, 3.0 and 3.4 answered a peers section whose peers are not this host
            assertThat(send("show peers")).isEqualTo("\n");
            assertThat(send("show peers dict")).isEqualTo("\n");
            assertThat(send("show peers mypeers")).isEqualTo("No such peers\n\n");
            assertThat(send("show peers - mypeers")).isEqualTo("No such peers\n\n");
        }
    }

    @Test
    void libsAreThisProcesssObjectFilesInHaproxysLayout() throws Exception {
        String config = "global\n    stats socket " + dir.resolve("admin.sock") + " level admin\n";
        try (Simulator sim = Simulator.builder().version("3.4").config(config).log(line -> { }).start()) {
            String answer = send("show libs");
            // as real 2.6 and 3.4 print each object: its first and last address and its size, then its path
            assertThat(answer.lines().filter(line -> !line.isEmpty()))
                    .isNotEmpty()
                    .allMatch(line -> line.matches("0x[0-9a-f]{12}-0x[0-9a-f]{12} \\(0x[0-9a-f]{7}\\) /\\S+"));
            assertThat(answer.lines().findFirst().orElseThrow())
                    .endsWith(" " + ProcessHandle.current().info().command().orElseThrow());
            assertThat(answer).endsWith("\n\n");
        }
    }

    private String send(String line) throws Exception {
        try (RawClient client = RawClient.unix(dir.resolve("admin.sock"))) {
            client.send(line + "\n");
            return client.finish(Duration.ofSeconds(5)).received();
        }
    }
}
