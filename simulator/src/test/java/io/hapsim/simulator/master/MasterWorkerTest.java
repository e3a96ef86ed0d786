package io.hapsim.simulator.master;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hapsim.simulator.RawClient;
import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.session.AccessLevel;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulated master-worker HAProxy as a client sees it through the master socket: what goes to the worker and back,
 * and what a reload does. Each expectation was measured on the real binaries (2.6, 3.0, 3.2, 3.4 in master-worker
 * mode); the conformance corpus (scenarios 200 to 208) checks the byte-exact answers against them.
 */
class MasterWorkerTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    /** Long enough for a test to look at a load in progress, even on a busy machine. */
    private static final Duration LOADING = Duration.ofMillis(1500);

    @TempDir
    Path dir;

    private MasterWorker start(String version, AccessLevel level) throws IOException {
        Files.writeString(dir.resolve("a.map"), "k1 v1\n");
        Files.writeString(dir.resolve("haproxy.cfg"), config(""));
        return MasterWorker.builder().version(version).config(dir.resolve("haproxy.cfg"))
                .masterSocket(dir.resolve("master.sock"), level).log(line -> { }).start();
    }

    private String config(String extra) {
        return "global\n    stats socket " + dir.resolve("admin.sock") + " level admin\n"
                + "frontend fe\n    mode http\n    bind unix@" + dir.resolve("fe.sock") + "\n"
                + "    http-request set-var(txn.x) req.hdr(host),map(" + dir.resolve("a.map") + ",none)\n"
                + "    default_backend be\nbackend be\n    server s1 127.0.0.1:1\n" + extra;
    }

    /** What the master answers to {@code input}, the client's side closed after it. */
    private static String ask(MasterWorker haproxy, String input) throws IOException, InterruptedException {
        try (RawClient client = RawClient.unix(haproxy.masterSocket())) {
            RawClient.Exchange exchange = client.send(input).shutdownOutput().finish(WAIT);
            assertThat(exchange.closedByServer()).as("the master closes once the client has").isTrue();
            return exchange.received();
        }
    }

    /**
     * haproxy#3351, as measured on real 2.6 to 3.4 with the worker stopped by SIGSTOP: a client that gives up on a
     * command its worker never answers leaves its connection to the master open, so ten such clients take every
     * slot; eleven more wait in the kernel's queue, then connecting fails. The worker going on frees them all.
     */
    @Test
    void clientsThatGiveUpOnAFrozenWorkerHoldTheMasterSlotsUntilItGoesOn() throws Exception {
        try (MasterWorker haproxy = start("3.2", AccessLevel.ADMIN)) {
            haproxy.worker().freeze();
            for (int slot = 1; slot <= 10; slot++) {
                giveUpOn(haproxy, "@1 show info\n");
                awaitMasterConnections(haproxy, slot);
            }
            for (int queued = 1; queued <= 11; queued++) {
                giveUpOn(haproxy, "@1 show info\n");
            }
            assertThat(haproxy.masterConnections()).isEqualTo(10);
            assertThatThrownBy(() -> connectWithoutWaiting(haproxy)).isInstanceOf(IOException.class)
                    .hasMessageContaining("Resource temporarily unavailable");

            haproxy.worker().thaw();
            awaitMasterConnections(haproxy, 0);
            assertThat(ask(haproxy, "@1 show info\n")).contains("Pid: " + haproxy.workerPid() + "\n");
        }
    }

    /**
     * A worker that a reload replaces stays while it has connections, as real 2.6 to 3.4 do: a session open on its
     * stats socket goes on with it (and its state), {@code show proc} lists it among the old workers and
     * {@code @!<pid>} still reaches it; it exits when the session ends.
     */
    @Test
    void aReplacedWorkerServesItsOpenSessionsThenExits() throws Exception {
        List<String> log = new CopyOnWriteArrayList<>();
        Files.writeString(dir.resolve("a.map"), "k1 v1\n");
        try (MasterWorker haproxy = MasterWorker.builder().version("3.2").config(config(""))
                .masterSocket(dir.resolve("master.sock")).log(log::add).start()) {
            long former = haproxy.workerPid();
            try (RawClient session = RawClient.unix(dir.resolve("admin.sock"))) {
                assertThat(session.send("prompt\n").awaitText("> ", WAIT)).endsWith("> ");

                haproxy.reload();
                assertThat(ask(haproxy, "show proc\n")).containsPattern("# old workers\n" + former + " +worker +1 ");
                assertThat(session.send("show info\n").awaitText("Pid: " + former + "\n", WAIT))
                        .as("the session goes on with the former worker").contains("Pid: " + former + "\n");
                assertThat(ask(haproxy, "@!" + former + " show info\n")).contains("Pid: " + former + "\n");
                try (RawClient fresh = RawClient.unix(dir.resolve("admin.sock"))) {
                    assertThat(fresh.send("show info\n").finish(WAIT).received())
                            .contains("Pid: " + haproxy.workerPid() + "\n");
                }
                assertThat(log).noneMatch(line -> line.contains("Former worker"));
            }
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (ask(haproxy, "show proc\n").contains("old workers") && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(ask(haproxy, "show proc\n")).doesNotContain("old workers");
            assertThat(log).anyMatch(line -> line.contains("Former worker (" + former + ") exited with code 0"));
        }
    }

    /** A worker stopped by SIGSTOP when a reload replaces it stays listed as old until it goes on, then exits. */
    @Test
    void aFrozenWorkerThatAReloadReplacesExitsOnceItGoesOn() throws Exception {
        try (MasterWorker haproxy = start("3.2", AccessLevel.ADMIN)) {
            Simulator former = haproxy.worker();
            long formerPid = haproxy.workerPid();
            former.freeze();

            assertThat(haproxy.reload()).isTrue();
            assertThat(ask(haproxy, "show proc\n")).containsPattern("# old workers\n" + formerPid + " +worker ");
            assertThat(ask(haproxy, "@1 show info\n")).contains("Pid: " + haproxy.workerPid() + "\n");

            former.thaw();
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (ask(haproxy, "show proc\n").contains("old workers") && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(ask(haproxy, "show proc\n")).doesNotContain("old workers");
        }
    }

    /**
     * A slow configuration load, as measured on real 3.2 and 3.4 with a map of two million entries (2.7 s): from
     * 3.1 the new worker loads it while the master answers; it is listed but not reachable, {@code @1} still names
     * the worker it replaces, and a second reload is refused. The client that asked waits for its answer.
     */
    @Test
    void whileANewWorkerLoadsTheConfigurationTheFormerOneServesAndReloadsAreRefused() throws Exception {
        try (MasterWorker haproxy = startLoading("3.2", Duration.ZERO);
                RawClient reloading = RawClient.unix(haproxy.masterSocket())) {
            long former = haproxy.workerPid();
            reloading.send("reload\n").shutdownOutput();

            String processes = awaitAnswer(haproxy, "show proc\n", "# old workers");
            long loading = Long.parseLong(processes.replaceAll("(?s).*# workers\n(\\d+) .*", "$1"));
            assertThat(processes).containsPattern("# old workers\n" + former + " +worker +1 ");
            assertThat(ask(haproxy, "reload\n")).isEqualTo("Success=0\n--\nAnother reload is still in progress.\n\n");
            assertThat(ask(haproxy, "@1 show info\n")).contains("Pid: " + former + "\n");
            assertThat(ask(haproxy, "@!" + loading + " show info\n"))
                    .isEqualTo("Can't find the target PID matching the prefix '@!" + loading + "'\n");

            assertThat(reloading.finish(LOADING.plus(WAIT)).received()).startsWith("Success=1\n--\n")
                    .contains("Initializing new worker (" + loading + ")\n", "Loading success.\n")
                    .as("the former worker has left by the time a slow load is answered")
                    .endsWith("Former worker (" + former + ") exited with code 0 (Exit)\n\n");
            assertThat(haproxy.workerPid()).isEqualTo(loading);
            assertThat(ask(haproxy, "show proc\n")).doesNotContain("old workers");
        }
    }

    @Test
    void theFirstWorkerIsNotReachedBeforeItHasLoadedTheConfiguration() throws Exception {
        try (MasterWorker haproxy = startLoading("3.2", LOADING)) {
            assertThat(ask(haproxy, "@1 show info\n"))
                    .isEqualTo("Can't find the target PID matching the prefix '@1'\n");
            assertThat(ask(haproxy, "reload\n")).isEqualTo("Success=0\n--\nAnother reload is still in progress.\n\n");
            assertThatThrownBy(haproxy::workerPid).isInstanceOf(IllegalStateException.class);
            assertThat(awaitAnswer(haproxy, "@1 show info\n", "Pid: ")).contains("Name: HAProxy\n");
        }
    }

    /**
     * Up to 3.0 the master loads the configuration itself, after executing itself again: its socket refuses
     * connections meanwhile (measured on real 2.6 and 3.0); 3.0 answers the client that asked once it is done.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2.6", "3.0"})
    void beforeThreeOneTheMasterSocketRefusesConnectionsWhileTheMasterLoads(String version) throws Exception {
        try (MasterWorker haproxy = startLoading(version, Duration.ZERO);
                RawClient reloading = RawClient.unix(haproxy.masterSocket())) {
            long former = haproxy.workerPid();
            reloading.send("reload\n").shutdownOutput();
            long deadline = System.nanoTime() + WAIT.toNanos();
            IOException refused = null;
            while (refused == null && System.nanoTime() < deadline) {
                try {
                    connectWithoutWaiting(haproxy).close();
                    Thread.sleep(5);
                } catch (IOException e) {
                    refused = e;
                }
            }
            assertThat(refused).as("a connect while the master loads").isNotNull()
                    .hasMessageContaining("Connection refused");

            String answer = reloading.finish(LOADING.plus(WAIT)).received();
            if (version.equals("3.0")) {
                assertThat(answer).startsWith("Success=1\n--\n").contains("New worker (");
            } else {
                assertThat(answer).as("2.6 closes without a word").isEmpty();
            }
            assertThat(awaitAnswer(haproxy, "@1 show info\n", "Pid: ")).doesNotContain("Pid: " + former + "\n");
        }
    }

    /** A master-worker whose loads take {@link #LOADING}: at start too, or only from the first reload on. */
    private MasterWorker startLoading(String version, Duration atStart) throws Exception {
        Files.writeString(dir.resolve("a.map"), "k1 v1\n");
        MasterWorker haproxy = MasterWorker.builder().version(version).config(config(""))
                .masterSocket(dir.resolve("master.sock")).loadTime(atStart).log(line -> { }).start();
        haproxy.loadTime(LOADING);
        return haproxy;
    }

    /** Asks until the answer contains {@code expected}; the last answer. */
    private static String awaitAnswer(MasterWorker haproxy, String input, String expected) throws Exception {
        long deadline = System.nanoTime() + LOADING.plus(WAIT).toNanos();
        String answer = "";
        while (!answer.contains(expected) && System.nanoTime() < deadline) {
            try {
                answer = ask(haproxy, input);
            } catch (IOException e) {
                answer = e.toString(); // refused while the master loads
            }
            if (!answer.contains(expected)) {
                Thread.sleep(20);
            }
        }
        assertThat(answer).contains(expected);
        return answer;
    }

    /** Connects, sends {@code input} and closes at once, as a client that times out does. */
    private static void giveUpOn(MasterWorker haproxy, String input) throws IOException {
        try (SocketChannel client = connectWithoutWaiting(haproxy)) {
            client.write(StandardCharsets.ISO_8859_1.encode(input));
        }
    }

    /** A non-blocking connect: it fails at once where a blocking one would wait for room in the queue. */
    private static SocketChannel connectWithoutWaiting(MasterWorker haproxy) throws IOException {
        SocketChannel client = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            client.configureBlocking(false);
            client.connect(UnixDomainSocketAddress.of(haproxy.masterSocket()));
            client.configureBlocking(true);
            return client;
        } catch (IOException e) {
            client.close();
            throw e;
        }
    }

    private static void awaitMasterConnections(MasterWorker haproxy, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (haproxy.masterConnections() != expected && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(haproxy.masterConnections()).as("connections the master holds").isEqualTo(expected);
    }

    @Test
    void commandsGoToTheWorkerAndPayloadsWithThem() throws Exception {
        try (MasterWorker haproxy = start("3.2", AccessLevel.ADMIN)) {
            String map = dir.resolve("a.map").toString();
            assertThat(ask(haproxy, "@1 add map " + map + " <<\nk2 v2\nk3 v3\n\n@1 show map " + map + "\n"))
                    .matches("(?s)\\n0x[0-9a-f]+ k1 v1\\n0x[0-9a-f]+ k2 v2\\n0x[0-9a-f]+ k3 v3\\n\\n");
            assertThat(ask(haproxy, "@!" + haproxy.workerPid() + " show info\n"))
                    .contains("Pid: " + haproxy.workerPid() + "\n");
        }
    }

    @Test
    void aReloadStartsAFreshWorkerFromTheFilesAndEndsTheMasterConnections() throws Exception {
        try (MasterWorker haproxy = start("3.2", AccessLevel.ADMIN);
                RawClient idle = RawClient.unix(haproxy.masterSocket())) {
            String map = dir.resolve("a.map").toString();
            ask(haproxy, "@1 add map " + map + " k2 v2\n");
            long before = haproxy.workerPid();

            assertThat(ask(haproxy, "reload\n")).isEqualTo("Success=1\n--\n"
                    + "[NOTICE]   (" + haproxy.masterPid() + ") : Initializing new worker (" + haproxy.workerPid()
                    + ")\n[NOTICE]   (" + haproxy.masterPid() + ") : Loading success.\n\n");
            assertThat(idle.finish(WAIT).closedByServer()).as("the master executed itself again").isTrue();
            assertThat(haproxy.workerPid()).isNotEqualTo(before);
            assertThat(ask(haproxy, "@1 show map " + map + "\n")).contains("k1 v1").doesNotContain("k2");
            assertThat(ask(haproxy, "show proc\n")).containsPattern("\\n" + haproxy.masterPid()
                    + " +master +1 \\[failed: 0\\]").doesNotContain("old workers");
        }
    }

    @Test
    void aConfigurationThatNoLongerLoadsKeepsTheWorkerAndMarksTheMaster() throws Exception {
        try (MasterWorker haproxy = start("3.0", AccessLevel.ADMIN)) {
            long worker = haproxy.workerPid();
            Files.delete(dir.resolve("a.map"));

            String answer = ask(haproxy, "reload\n");

            assertThat(answer).startsWith("Success=0\n--\n").contains("failed to open pattern file")
                    .endsWith("[WARNING]  (" + haproxy.masterPid() + ") : Loading failure!\n\n");
            assertThat(haproxy.workerPid()).isEqualTo(worker);
            assertThat(ask(haproxy, "prompt\n@1 show cli level\n")).isEqualTo(
                    "master[ReloadFailed]> admin\n\nmaster[ReloadFailed]> ");
            assertThat(ask(haproxy, "show proc\n")).contains("1 [failed: 1]");
        }
    }

    @Test
    void beforeThreeZeroAReloadClosesEveryConnectionWithoutAWord() throws Exception {
        try (MasterWorker haproxy = start("2.6", AccessLevel.ADMIN)) {
            long before = haproxy.workerPid();
            assertThat(ask(haproxy, "reload\n")).isEmpty();
            assertThat(haproxy.workerPid()).isNotEqualTo(before);
        }
    }

    @Test
    void aWorkerSessionKeepsTheSessionLevel() throws Exception {
        try (MasterWorker haproxy = start("3.4", AccessLevel.ADMIN)) {
            assertThat(ask(haproxy, "operator\n@@1 show cli level\n")).isEqualTo("operator\n\n");
        }
        try (MasterWorker haproxy = start("3.0", AccessLevel.ADMIN)) {
            assertThat(ask(haproxy, "@@1 show cli level\n"))
                    .isEqualTo("Can't find the target PID matching the prefix '@@1'\n");
        }
    }

    @Test
    void aMasterSocketBelowAdminCarriesItsLevelToTheWorker() throws Exception {
        try (MasterWorker haproxy = start("3.0", AccessLevel.USER)) {
            assertThat(ask(haproxy, "@1 show cli level\n@1 clear map " + dir.resolve("none.map")
                    + "\n@1 set server be/s1 weight 10\noperator\n")).isEqualTo("user\n\n"
                    + "Unknown map identifier. Please use #<id> or <file>.\n\nPermission denied\n\n"
                    + "Permission denied!\n");
        }
    }

    @Test
    void theWorkerListsItsLinkToTheMasterAsItsVersionDoes() throws Exception {
        try (MasterWorker haproxy = start("3.2", AccessLevel.ADMIN)) {
            assertThat(ask(haproxy, "@1 show cli sockets\n")).isEqualTo("# socket lvl processes\n"
                    + "sockpair@4 admin all\nunix@" + dir.resolve("admin.sock") + " admin all\n\n");
        }
        try (MasterWorker haproxy = start("3.0", AccessLevel.ADMIN)) {
            assertThat(ask(haproxy, "@1 show cli sockets\n")).isEqualTo("# socket lvl processes\n"
                    + "unix@" + dir.resolve("admin.sock") + " admin all\nsockpair@5 admin all\n\n");
        }
    }

    @Test
    void logsWhatTheRealMasterLogsAroundAReload() throws Exception {
        StringBuilder log = new StringBuilder();
        Files.writeString(dir.resolve("a.map"), "k1 v1\n");
        Files.writeString(dir.resolve("haproxy.cfg"), config(""), StandardCharsets.ISO_8859_1);
        try (MasterWorker haproxy = MasterWorker.builder().version("3.0").config(dir.resolve("haproxy.cfg"))
                .masterSocket(dir.resolve("master.sock")).log(line -> {
                    synchronized (log) {
                        log.append(line);
                    }
                }).start()) {
            long master = haproxy.masterPid();
            long former = haproxy.workerPid();
            synchronized (log) {
                log.setLength(0);
            }
            assertThat(haproxy.reload()).isTrue();
            synchronized (log) {
                assertThat(log.toString().replaceAll("(?m)^\\[NOTICE\\]   \\(\\d+\\) : path to executable is .*\\n",
                        "")).isEqualTo("[NOTICE]   (" + master + ") : Reloading HAProxy\n"
                        + "[NOTICE]   (" + master + ") : New worker (" + haproxy.workerPid() + ") forked\n"
                        + "[NOTICE]   (" + master + ") : Loading success.\n"
                        + "[NOTICE]   (" + master + ") : haproxy version is 3.0.11-1+deb13u5\n"
                        + "[WARNING]  (" + master + ") : Former worker (" + former + ") exited with code 0 (Exit)\n");
            }
        }
    }

    /**
     * 2.4, from its source (no binary here): workers have a relative pid, which {@code show proc} lists and the log
     * names them by; a reload logs {@code Reexecuting Master process} and no outcome, a failed one {@code ... in
     * waitpid mode}.
     */
    @Test
    void twoFourNamesWorkersByTheirRelativePidAndLogsItsReloadsAsItsSourceSays() throws Exception {
        List<String> log = new CopyOnWriteArrayList<>();
        Files.writeString(dir.resolve("a.map"), "k1 v1\n");
        Files.writeString(dir.resolve("haproxy.cfg"), config(""), StandardCharsets.ISO_8859_1);
        try (MasterWorker haproxy = MasterWorker.builder().version("2.4").config(dir.resolve("haproxy.cfg"))
                .masterSocket(dir.resolve("master.sock")).log(log::add).start()) {
            long master = haproxy.masterPid();
            long former = haproxy.workerPid();
            assertThat(log).containsSubsequence("[NOTICE]   (" + master + ") : New worker #1 (" + former + ") forked\n")
                    .noneMatch(line -> line.contains("Loading success."));
            assertThat(ask(haproxy, "show proc\n").replaceAll("\\d+d\\d+h\\d+m\\d+s", "<uptime>")).isEqualTo(
                    "#<PID>          <type>          <relative PID>  <reloads>       <uptime>        <version>      \n"
                    + String.format("%-15d master          0               0               <uptime>     %-15s\n",
                            master, haproxy.profile().version())
                    + "# workers\n"
                    + String.format("%-15d worker          1               0               <uptime>     %-15s\n",
                            former, haproxy.profile().version())
                    + "# programs\n\n");

            log.clear();
            assertThat(haproxy.reload()).isTrue();
            // hapsim announces the version before the first warning, as 2.6+ do (2.4: before the first alert only)
            log.removeIf(line -> line.contains("haproxy version is") || line.contains("path to executable"));
            assertThat(log).startsWith("[WARNING]  (" + master + ") : Reexecuting Master process\n")
                    .contains("[NOTICE]   (" + master + ") : New worker #1 (" + haproxy.workerPid() + ") forked\n",
                            "[WARNING]  (" + master + ") : Former worker #1 (" + former + ") exited with code 0 (Exit)\n")
                    .noneMatch(line -> line.contains("Loading success."));

            Files.writeString(dir.resolve("haproxy.cfg"), config("").replace("global\n", "global\n    nbthread many\n"),
                    StandardCharsets.ISO_8859_1);
            log.clear();
            assertThat(haproxy.reload()).isFalse();
            assertThat(log).last()
                    .isEqualTo("[WARNING]  (" + master + ") : Reexecuting Master process in waitpid mode\n");
        }
    }
}
