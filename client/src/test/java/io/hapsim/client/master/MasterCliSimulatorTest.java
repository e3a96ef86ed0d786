package io.hapsim.client.master;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hapsim.client.CliAddress;
import io.hapsim.client.CliSession;
import io.hapsim.client.HaproxyCli;
import io.hapsim.client.error.ErrorKind;
import io.hapsim.client.error.ReloadFailedException;
import io.hapsim.client.error.ReloadInProgressException;
import io.hapsim.client.error.UnknownTargetException;
import io.hapsim.client.map.LiveEntry;
import io.hapsim.client.map.MapEntry;
import io.hapsim.simulator.master.MasterWorker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link MasterCli} against the simulated master-worker HAProxy: routing to the worker, to a process by pid and to
 * the master, {@code show proc}, typed routing errors, and reloads on each side of 3.0 (where the master started to
 * answer them).
 */
class MasterCliSimulatorTest {

    @TempDir
    Path dir;

    private Path mapFile;

    private MasterWorker start(String version) throws IOException {
        mapFile = dir.resolve("hosts.map");
        Files.writeString(mapFile, "a.example be_a\nb.example be_b\n");
        Files.writeString(config(), configText(""));
        return MasterWorker.builder().version(version).config(config()).masterSocket(dir.resolve("master.sock"))
                .log(line -> { }).start();
    }

    private Path config() {
        return dir.resolve("haproxy.cfg");
    }

    private String configText(String globalExtra) {
        return "global\n    stats socket " + dir.resolve("admin.sock") + " level admin\n" + globalExtra
                + "frontend fe\n    mode http\n    bind unix@" + dir.resolve("fe.sock") + "\n"
                + "    http-request set-var(txn.be) req.hdr(host),map(" + mapFile + ",none)\n"
                + "    default_backend be\nbackend be\n    server s1 127.0.0.1:1\n";
    }

    private static MasterCli client(MasterWorker haproxy) {
        return MasterCli.of(CliAddress.unix(haproxy.masterSocket()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
    void theWorkerAnswersThroughTheMaster(String version) throws IOException {
        try (MasterWorker haproxy = start(version)) {
            MasterCli master = client(haproxy);

            assertThat(master.worker().showInfo().pid()).hasValue(haproxy.workerPid());
            assertThat(master.process(haproxy.workerPid()).showInfo().pid()).hasValue(haproxy.workerPid());
            assertThat(master.worker().version().toString()).startsWith(version);
            assertThat(master.version()).as("the master's own, by '@master show version'")
                    .isEqualTo(master.worker().version());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
    void mapsWorkThroughTheMasterPayloadsIncluded(String version) throws IOException {
        try (MasterWorker haproxy = start(version)) {
            HaproxyCli worker = client(haproxy).worker();
            String map = mapFile.toString();

            worker.maps().add(map, "c.example", "be_c");
            long added = worker.maps().add(map, List.of(new MapEntry("d.example", "be_d"),
                    new MapEntry("e.example", "be_e")).iterator());

            assertThat(added).isEqualTo(2);
            assertThat(entries(worker, map)).containsExactly(new MapEntry("a.example", "be_a"),
                    new MapEntry("b.example", "be_b"), new MapEntry("c.example", "be_c"),
                    new MapEntry("d.example", "be_d"), new MapEntry("e.example", "be_e"));
            assertThat(entries(HaproxyCli.of(CliAddress.unix(dir.resolve("admin.sock"))), map))
                    .as("the worker's own socket sees the same").isEqualTo(entries(worker, map));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
    void aSessionThroughTheMasterPipelinesCommandsToTheWorker(String version) throws Exception {
        try (MasterWorker haproxy = start(version);
                CliSession session = client(haproxy).worker().openSession()) {
            var first = session.send("show map " + mapFile);
            var second = session.sendPayload("add map " + mapFile + " <<", "z.example be_z\n".getBytes());
            var third = session.send("get map " + mapFile + " z.example");

            assertThat(first.get()).contains("a.example be_a\n").doesNotContain("z.example");
            assertThat(second.get()).isEmpty();
            assertThat(third.get()).contains("value=\"be_z\"");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
    void showProcListsTheMasterAndItsWorker(String version) throws IOException {
        try (MasterWorker haproxy = start(version)) {
            ProcessList processes = client(haproxy).showProc();

            assertThat(processes.master().pid()).isEqualTo(haproxy.masterPid());
            assertThat(processes.master().type()).isEqualTo("master");
            assertThat(processes.master().reloads()).isZero();
            assertThat(processes.master().failedReloads()).hasValue(0);
            assertThat(processes.master().version()).startsWith(version);
            assertThat(processes.workers()).singleElement().satisfies(worker -> {
                assertThat(worker.pid()).isEqualTo(haproxy.workerPid());
                assertThat(worker.type()).isEqualTo("worker");
                assertThat(worker.reloads()).isZero();
            });
            assertThat(processes.oldWorkers()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
    void everyWorkerReachesEachCurrentWorkerByPid(String version) throws IOException {
        try (MasterWorker haproxy = start(version)) {
            List<HaproxyCli> workers = client(haproxy).everyWorker();

            assertThat(workers).singleElement().satisfies(worker -> {
                assertThat(worker.route()).hasValue("@!" + haproxy.workerPid());
                assertThat(worker.showInfo().pid()).hasValue(haproxy.workerPid());
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
    void aProcessTheMasterDoesNotKnowIsATypedError(String version) throws IOException {
        try (MasterWorker haproxy = start(version)) {
            HaproxyCli gone = client(haproxy).process(99999);

            assertThatThrownBy(() -> gone.execute("show info")).isInstanceOf(UnknownTargetException.class)
                    .satisfies(e -> assertThat(((UnknownTargetException) e).kind())
                            .isEqualTo(ErrorKind.UNKNOWN_TARGET))
                    .hasMessageContaining("@!99999");
            assertThatThrownBy(() -> gone.maps().show(mapFile.toString()))
                    .as("a streamed answer is classified too").isInstanceOf(UnknownTargetException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
    void aReloadStartsANewWorker(String version) throws IOException {
        try (MasterWorker haproxy = start(version)) {
            MasterCli master = client(haproxy);
            long former = haproxy.workerPid();

            ReloadResult reload = master.reload();

            assertThat(haproxy.workerPid()).isNotEqualTo(former);
            assertThat(reload.newWorkerPid()).hasValue(haproxy.workerPid());
            assertThat(reload.processes().master().reloads()).isEqualTo(1);
            assertThat(master.worker().showInfo().pid()).hasValue(haproxy.workerPid());
            if (version.startsWith("2.")) {
                assertThat(reload.startupLog()).as("before 3.0 the master answers nothing").isEmpty();
            } else {
                assertThat(reload.startupLog()).last().asString().endsWith("Loading success.");
            }
        }
    }

    /**
     * A reload whose configuration takes a while to load: the client waits for it (3.0+ for the answer, before for
     * the master to listen again), and from 3.1 a reload asked meanwhile is refused, typed.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
    void aSlowReloadIsAwaitedAndAnotherOneMeanwhileIsRefused(String version) throws Exception {
        try (MasterWorker haproxy = start(version)) {
            MasterCli master = client(haproxy);
            long former = haproxy.workerPid();
            haproxy.loadTime(Duration.ofMillis(1500));

            CompletableFuture<ReloadResult> reload = CompletableFuture.supplyAsync(master::reload);
            if (!version.startsWith("2.") && !version.equals("3.0")) {
                awaitOldWorkers(master);
                assertThatThrownBy(master::reload).isInstanceOfSatisfying(ReloadInProgressException.class,
                        refused -> assertThat(refused.answer()).contains("Another reload is still in progress."));
            }
            ReloadResult done = reload.get(30, TimeUnit.SECONDS);
            assertThat(done.newWorkerPid()).hasValue(haproxy.workerPid());
            assertThat(haproxy.workerPid()).isNotEqualTo(former);
        }
    }

    /** Waits until show proc lists the worker a reload replaces: the new one is loading. */
    private static void awaitOldWorkers(MasterCli master) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (master.showProc().oldWorkers().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(master.showProc().oldWorkers()).as("the worker being replaced").hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
    void aConfigurationThatNoLongerLoadsFailsTheReloadAndKeepsTheWorker(String version) throws IOException {
        try (MasterWorker haproxy = start(version)) {
            MasterCli master = client(haproxy);
            long worker = haproxy.workerPid();
            Files.writeString(config(), configText("    nbthread many\n"));

            assertThatThrownBy(master::reload).isInstanceOfSatisfying(ReloadFailedException.class, e -> {
                if (version.startsWith("2.")) {
                    assertThat(e.startupLog()).as("before 3.0 the master does not say why").isEmpty();
                } else {
                    assertThat(e.startupLog()).anyMatch(line -> line.contains("ALERT"))
                            .anyMatch(line -> line.contains("nbthread"));
                }
            });
            assertThat(haproxy.workerPid()).isEqualTo(worker);
            assertThat(master.showProc().failedReloads()).isEqualTo(1);
            assertThat(master.worker().showInfo().pid()).hasValue(worker);
            assertThat(master.everyWorker()).as("the worker still serving, though 3.1+ list it as old")
                    .singleElement().satisfies(each -> assertThat(each.showInfo().pid()).hasValue(worker));
        }
    }

    private static List<MapEntry> entries(HaproxyCli cli, String map) {
        return cli.maps().show(map).stream().map(LiveEntry::entry).toList();
    }
}
