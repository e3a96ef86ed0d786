package io.hapsim.simulator.command.info;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.RawClient;
import io.hapsim.simulator.Simulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code show threads}, {@code show pools} and {@code show activity}: their layout per version as real HAProxy 2.6,
 * 3.0, 3.2 and 3.4 print it with three threads, plausible values matched by pattern.
 */
class DebugDumpsTest {

    private static final String POINTER = "0x[0-9a-f]{12}";
    private static final String NUMBER = "\\d+";
    /** Where the lines of a thread's details start. */
    private static final String INDENT = " ".repeat(13);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2.6|stuck=0 prof=0 harmless=H wantrdv=0|strm=|curr_task=0",
        "3.0|stuck=0 prof=0 harmless=H isolated=0|call trace(14):|curr_task=0",
        "3.2|loops=N ctxsw=N stuck=0 prof=0 harmless=H isolated=0|lock_hist: W:PATEXP|"
                + "curr_task=0\\nlock_hist: S:PROTO W:LISTENER U:LISTENER U:PROTO"
                + " R:LISTENER U:LISTENER",
        "3.4|loops=N ctxsw=N stuck=0 prof=0 harmless=H isolated=0 locks=0|exec_ctx: |"
                + "curr_task=0\\nlock_hist: S:PROTO W:LISTENER U:LISTENER U:PROTO"
                + " R:LISTENER U:LISTENER"})
    void threadsAreOneBlockEachTheFirstAnswering(String version, String counters, String askingLine, String idle)
            throws Exception {
        String answer = send(version, "show threads");

        String[] blocks = answer.split("(?m)^(?=[* ] Thread )");
        assertThat(blocks).hasSize(3);
        for (int thread = 1; thread <= 3; thread++) {
            String head = (thread == 1 ? "\\* " : "  ") + "Thread " + thread + " : id=" + POINTER + " act=[01] glob=0"
                    + " wq=[01] rq=0 tl=0 tlsz=0 rqsz=0\n      1/" + thread + "    "
                    + Pattern.quote(counters).replace("=N", "=\\E\\d+\\Q")
                            .replace("harmless=H", "harmless=" + (thread == 1 ? 0 : 1))
                    + "\n             cpu_ns: poll=" + NUMBER + " now=" + NUMBER + " diff=" + NUMBER + "\n";
            String rest = thread == 1 ? INDENT + "(?s:.*)"
                    : Pattern.quote(INDENT + idle.replace("\\n", "\n" + INDENT) + "\n");
            assertThat(blocks[thread - 1]).matches(head + rest + (thread == 3 ? "\n" : ""));
        }
        assertThat(blocks[0]).contains("\n" + INDENT + askingLine, "\n" + INDENT + "curr_task=0x",
                "\n" + INDENT + "  fct=0x");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"2.6|19|", "3.0|46|", "3.2|36|", "3.4|104|/\\d+"})
    void poolsAreListedWithTheirTotal(String version, int pools, String alignment) throws Exception {
        String answer = send(version, "show pools");

        String[] lines = answer.split("\n");
        assertThat(lines[0]).isEqualTo("Dumping pools usage. Use SIGQUIT to flush them.");
        assertThat(lines).hasSize(pools + 2);
        long bytes = 0;
        long cached = 0;
        Pattern line = Pattern.compile("  - Pool \\w{1,11} \\((\\d+) bytes" + (alignment == null ? "" : alignment)
                + "\\) : (\\d+) allocated \\((\\d+) bytes\\), \\2 used \\(~(\\d+) by thread caches\\), needed_avg \\d+,"
                + " 0 failures, \\d+ users, @" + POINTER + "( \\[SHARED])?");
        for (int i = 1; i <= pools; i++) {
            var matcher = line.matcher(lines[i]);
            assertThat(matcher.matches()).as(lines[i]).isTrue();
            assertThat(Long.parseLong(matcher.group(3)))
                    .isEqualTo(Long.parseLong(matcher.group(1)) * Long.parseLong(matcher.group(2)));
            bytes += Long.parseLong(matcher.group(3));
            cached += Long.parseLong(matcher.group(1)) * Long.parseLong(matcher.group(4));
        }
        assertThat(lines[pools + 1]).isEqualTo("Total: " + pools + " pools, " + bytes + " bytes allocated, " + bytes
                + " used (~" + cached + " by thread caches).");
        assertThat(answer).endsWith(".\n\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
    void activityCountsPerThread(String version) throws Exception {
        String answer = send(version, "show activity");

        String counter = "\\w+: (\\d+) \\[ \\d+ \\d+ \\d+ ]\n";
        String expected = "thread_id: 1 \\(1\\.\\.3\\)\ndate_now: \\d{10}\\.\\d{6}\n"
                + (version.equals("2.6") ? "" : "uptime_now: \\d+\\.\\d{6}\n")
                + "ctxsw: (\\d+) \\[ \\d+ \\d+ \\d+ ]\n(" + counter + ")+\n";
        assertThat(answer).matches(expected);
        assertThat(answer.lines().filter(l -> l.contains("[")).count())
                .isEqualTo(version.equals("2.6") ? 24 : 30);
        assertThat(answer).contains("\nctxsw: 36 [ 12 12 12 ]\n", "\navg_loop_us: 4 [ 4 4 4 ]\n");
        assertThat(answer.contains("\ncurr_rq: ")).isEqualTo(!version.equals("2.6"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"2.6||", "3.0|gen=\\d+ tkov=0|+0", "3.2|gen=\\d+ tkov=0|",
        "3.4|gen=\\d+ tkov=0|"})
    void fdsAreTheStatsSocketsThenTheConnections(String version, String generation, String offset)
            throws Exception {
        String answer = send(version, "show fd");

        String listener = " : st=0x100121\\(cl heopI W:sRa R:srA\\) ref=0 gid=1 tmask=0x7 umask=0x0 prmsk=0x7"
                + " pwmsk=0x0 owner=" + POINTER + (generation == null ? "" : " " + generation)
                + " iocb=" + POINTER + "\\(sock_accept_iocb\\) l.st=RDY fe=GLOBAL fam=unix\n";
        String connection = " *\\d+ : st=0x000121\\(cl heopI W:sRa R:srA\\) ref=0 gid=1 tmask=0x1 umask=0x1"
                + " prmsk=0x1 pwmsk=0x0 owner=" + POINTER + (generation == null ? "" : " " + generation)
                + " iocb=" + POINTER
                + "\\(sock_conn_iocb" + Pattern.quote(offset == null ? "" : offset) + "\\) back=0 cflg=0x00000300"
                + " cerr=0 fam=unix fe=GLOBAL mux=PASS ctx=" + POINTER + " xprt=RAW\n";
        assertThat(answer).matches("      4" + listener + "      5" + listener + connection + "\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"2.6|show activity|", "2.6|show fd|Permission denied\\n\\n",
        "3.0|show activity|Permission denied\\n\\n",
        "3.4|show activity|Permission denied\\n\\n", "3.4|show threads|", "3.4|show pools|"})
    void levels(String version, String command, String denied) throws Exception {
        String answer = send(version, "user.sock", command);
        if (denied == null) {
            assertThat(answer).doesNotContain("Permission denied");
        } else {
            assertThat(answer).isEqualTo(denied.replace("\\n", "\n"));
        }
    }

    private String send(String version, String command) throws Exception {
        return send(version, "admin.sock", command);
    }

    private String send(String version, String socket, String command) throws Exception {
        String config = "global\n    nbthread 3\n    stats socket " + dir.resolve("admin.sock") + " level admin\n"
                + "    stats socket " + dir.resolve("user.sock") + " level user\n"
                + "frontend fe\n    bind 127.0.0.1:18600\n";
        try (Simulator sim = Simulator.builder().version(version).config(config).log(line -> { }).start();
                RawClient client = RawClient.unix(dir.resolve(socket))) {
            client.send(command + "\n");
            return client.finish(Duration.ofSeconds(5)).received();
        }
    }
}
