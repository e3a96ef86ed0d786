package io.hapsim.simulator.command.info;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.RawClient;
import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.state.Host;
import io.hapsim.simulator.version.VersionProfiles;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code show peers} of an active section whose remote peers nothing answers, as real 2.6 and 3.4 dumped it in the
 * first 3 s after start (pointers, the date and the timers' seconds masked: they are checked apart), the reconnect
 * cycle at the moments real HAProxy was polled, and the section's date on each clock as real 2.6, 3.0 and 3.2
 * printed it.
 */
class ShowPeersTest {

    private static final String TABLE_DETAIL = "              last_acked=0 last_pushed=0 last_get=0 teaching_origin=0"
            + " update=0\n";
    private static final String NOT_DUMPED = "        Dictionary cache not dumped (use \"show peers dict\")\n";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2.6|0x11|''|CONN|' commitupdate=0'",
        "3.4|0x100001|' app_state=STOPPED learn_state=NOTASSIGNED'|HSHK|''"})
    void anActiveSectionListsItsPeersLastFirstAndItsTablesByName(String version, String flags, String states,
            String status, String commit) throws Exception {
        String config = "global\n    stats socket " + dir.resolve("admin.sock") + " level admin\n"
                + "peers mypeers\n    peer " + Host.name() + " 127.0.0.1:18400\n    peer other 127.0.0.1:18401\n"
                + "    table t1 type ip size 1k expire 30s store gpc0\n"
                + "backend be\n    stick-table type string len 32 size 10 peers mypeers\n"
                + "backend alone\n    stick-table type ip size 10\n";
        String tables = "        shared tables:\n"
                + "          P local_id=2 remote_id=0 flags=0x0 remote_data=0x0\n" + TABLE_DETAIL
                + "              table:P id=be update=0 localupdate=0" + commit + " refcnt=1\n" + NOT_DUMPED
                + "          P local_id=1 remote_id=0 flags=0x0 remote_data=0x0\n" + TABLE_DETAIL
                + "              table:P id=mypeers/t1 update=0 localupdate=0" + commit + " refcnt=1\n" + NOT_DUMPED;
        try (Simulator sim = Simulator.builder().version(version).config(config).log(line -> { }).start()) {
            String answer = send("show peers");
            // the timers count the seconds since start, which the first start of a test run may take
            assertThat(answer.replaceAll("0x[0-9a-f]{12}", "P").replaceFirst("\\[[^]]+]", "[DATE]")
                    .replaceAll("(resync_timeout|last_hdshk|reconnect)=\\ds", "$1=Ns")).isEqualTo(
                    "P: [DATE] id=mypeers disabled=0 flags=" + flags + " resync_timeout=Ns task_calls=1\n"
                    + "  P: id=other(remote,active) addr=127.0.0.1:18401" + states + " last_status=" + status
                    + " last_hdshk=Ns\n"
                    + "        reconnect=Ns heartbeat=<NEVER> confirm=0 tx_hbt=0 rx_hbt=0 no_hbt=0 new_conn=1"
                    + " proto_err=0 coll=0\n"
                    + "        flags=0x0 appctx:P st0=6 st1=0 task_calls=2 state=TAR\n" + tables
                    + "  P: id=" + Host.name() + "(local,inactive) addr=127.0.0.1:18400" + states
                    + " last_status=NONE last_hdshk=<NEVER>\n"
                    + "        reconnect=<NEVER> heartbeat=<NEVER> confirm=0 tx_hbt=0 rx_hbt=0 no_hbt=0 new_conn=0"
                    + " proto_err=0 coll=0\n"
                    + "        flags=0x0\n" + tables + "\n");
            assertThat(answer).matches("(?s)0x[0-9a-f]{12}: \\[\\d\\d/[A-Z][a-z]{2}/\\d{4}:\\d\\d:\\d\\d:\\d\\d] .*");
            assertThat(send("show peers mypeers")).isEqualTo(send("show peers"));
            assertThat(send("show peers nope")).isEqualTo("No such peers\n\n");
            assertThat(send("show peers dict nope")).isEqualTo("No such peers\n\n");
            String dictionaries = send("show peers dict mypeers");
            assertThat(dictionaries.lines().filter(line -> line.equals("        TX dictionary cache:"))).hasSize(4);
            assertThat(dictionaries).contains("        RX dictionary cache:\n"
                    + "            0 -> -    1 -> -    2 -> -    3 -> -\n"
                    + "            4 -> -    5 -> -    6 -> -    7 -> -\n")
                    .contains("          124 -> -  125 -> -  126 -> -  127 -> -\n          0x");
            assertThat(dictionaries.lines().count()).isEqualTo(answer.lines().count() + 4 * 33);
        }
    }

    @Test
    void remotePeersAreTriedEveryFiveSecondsTheirStreamLivingThree() {
        // as real 2.6 and 3.4 were polled: {last_hdshk, reconnect, new_conn, active, section task_calls}
        assertCycle(80, 0, 4, 1, true, 1);
        assertCycle(1_090, 1, 3, 1, true, 1);
        assertCycle(3_100, 3, 1, 1, false, 2);
        assertCycle(4_860, 4, 0, 1, false, 2);
        assertCycle(5_110, 0, 4, 2, true, 3);
        assertCycle(8_130, 3, 1, 2, false, 4);
        assertCycle(10_140, 0, 4, 3, true, 5);
        assertCycle(15_150, 0, 4, 4, true, 7);
        assertThat(new PeerReconnectCycle(4_110).untilResyncMillis() / 1000).isZero();
        assertThat(new PeerReconnectCycle(5_110).untilResyncMillis()).isNegative();
    }

    @Test
    void everyVersionSaysHowItWritesTheDump() {
        // 2.8 has 2.6's layout (and 3.0's clock, see InternalClockTest); 3.1 is 3.2 and 3.3 is 3.4, as the sources say
        assertThat(PeersLayout.of(VersionProfiles.get("2.8"))).isEqualTo(new PeersLayout("0x11", "0x33", "", true,
                "CONN"));
        assertThat(PeersLayout.of(VersionProfiles.get("3.1"))).isEqualTo(PeersLayout.of(VersionProfiles.get("3.2")));
        assertThat(PeersLayout.of(VersionProfiles.get("3.3"))).isEqualTo(PeersLayout.of(VersionProfiles.get("3.4")));
    }

    private static void assertCycle(long elapsed, long sinceAttempt, long untilNext, long attempts, boolean active,
            long sectionCalls) {
        PeerReconnectCycle cycle = new PeerReconnectCycle(elapsed);
        assertThat(new long[] {cycle.sinceAttemptMillis() / 1000, cycle.untilNextAttemptMillis() / 1000,
            cycle.attempts(), cycle.sectionTaskCalls(1)}).as("at %d ms", elapsed)
                .containsExactly(sinceAttempt, untilNext, attempts, sectionCalls);
        assertThat(cycle.attempting()).as("active at %d ms", elapsed).isEqualTo(active);
    }

    private String send(String line) throws Exception {
        try (RawClient client = RawClient.unix(dir.resolve("admin.sock"))) {
            client.send(line + "\n");
            return client.finish(Duration.ofSeconds(5)).received();
        }
    }
}
