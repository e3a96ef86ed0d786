package io.hapsim.simulator.master;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.RawClient;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Old workers piling up, each kept by a connection to it (haproxy#3204), as real HAProxy lists them past a buffer's
 * worth and as 3.4 kills those that outlive 50 reloads. Counts measured on real 2.6.12, 3.0.11, 3.2.26 and 3.4.7 with
 * the same lines (the line length depends on the version text: 81 bytes here as there).
 */
class ManyOldWorkersTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    /**
     * {@code reloads} reloads, then what {@code show proc} lists: the old workers listed, whether its listing ends
     * with {@code # programs}, or nothing at all.
     */
    @ParameterizedTest(name = "{0}: {1} reloads")
    @CsvSource({
        "2.6, 186, 186, true", // 15343 bytes: within the room an answer has (the buffer less 1024)
        "2.6, 187, -1, false", // 15424 bytes: nothing but the terminator
        "3.0, 205, 198, true", // the lines past the buffer are left out; the programs heading still fits
        "3.2, 205, 205, false", // written a buffer at a time
        "3.4, 52, 50, false"}) // those past 50 reloads were killed
    void showProcPastABuffersWorthOfProcesses(String version, int reloads, int listed, boolean programs)
            throws Exception {
        List<String> log = new CopyOnWriteArrayList<>();
        List<RawClient> held = new ArrayList<>();
        try (MasterWorker haproxy = MasterWorker.builder().version(version)
                .config("global\n    stats socket " + dir.resolve("admin.sock") + " level admin\n"
                        + "    stats timeout 1h\n")
                .masterSocket(dir.resolve("master.sock")).log(log::add).start()) {
            for (int i = 0; i < reloads; i++) {
                held.add(holding(haproxy));
                assertThat(haproxy.reload()).isTrue();
            }
            String listing = ask(haproxy, "show proc\n");

            if (listed < 0) {
                assertThat(listing).isEqualTo("\n");
            } else {
                assertThat(listing.lines().filter(line -> line.contains(" worker ")).count() - 1)
                        .as("old workers listed").isEqualTo(listed);
                assertThat(listing).endsWith(programs ? "# programs\n\n" : " \n\n");
            }
            long killed = log.stream().filter(line -> line.contains("as it exceeds max reloads (50)")).count();
            assertThat(killed).isEqualTo(version.equals("3.4") ? reloads - 50 : 0);
        } finally {
            for (RawClient client : held) {
                client.close();
            }
        }
    }

    /** A connection to the current worker, which keeps it once the next reload replaces it. */
    private RawClient holding(MasterWorker haproxy) throws IOException, InterruptedException {
        RawClient client = RawClient.unix(dir.resolve("admin.sock"));
        client.send("prompt\n");
        assertThat(client.awaitText("> ", WAIT)).endsWith("> ");
        return client;
    }

    private static String ask(MasterWorker haproxy, String input) throws IOException, InterruptedException {
        try (RawClient client = RawClient.unix(haproxy.masterSocket())) {
            return client.send(input).shutdownOutput().finish(WAIT).received();
        }
    }
}
