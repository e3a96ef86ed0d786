package io.hapsim.client.master;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hapsim.client.CliAddress;
import io.hapsim.client.CliOptions;
import io.hapsim.client.error.CliTimeoutException;
import io.hapsim.client.error.ConnectionFailure;
import io.hapsim.client.error.MasterBusyException;
import io.hapsim.client.info.ProcessInfo;
import io.hapsim.simulator.master.MasterWorker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * haproxy#3351 as the reference client meets it, on the simulated master (whose slots and queue were measured on
 * real 2.6 to 3.4): a stuck worker, clients that give up on it, a master that then takes no connection; and a
 * patient client that gets through once the worker goes on.
 */
class MasterCliBusyTest {

    private static final Duration GIVE_UP = Duration.ofMillis(200);
    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    @Test
    void clientsThatGiveUpOnAStuckWorkerLeaveTheMasterBusyAndAPatientClientGetsThroughAfterIt() throws Exception {
        try (MasterWorker haproxy = MasterWorker.builder().version("3.2")
                .config("global\n    stats socket " + dir.resolve("admin.sock") + " level admin\n")
                .masterSocket(dir.resolve("master.sock")).log(line -> { }).start()) {
            CliOptions impatient = CliOptions.defaults().connectTimeout(GIVE_UP).readTimeout(GIVE_UP);
            MasterCli master = MasterCli.of(CliAddress.unix(haproxy.masterSocket()), impatient);
            haproxy.worker().freeze();

            for (int slot = 1; slot <= 10; slot++) {
                assertThatThrownBy(() -> master.worker().showInfo()).isInstanceOf(CliTimeoutException.class);
                awaitMasterConnections(haproxy, slot);
            }
            for (int queued = 1; queued <= 11; queued++) {
                assertThatThrownBy(() -> master.worker().showInfo()).as("accepted by the kernel, not the master")
                        .isInstanceOf(CliTimeoutException.class);
            }
            assertThatThrownBy(() -> master.worker().showInfo()).isInstanceOfSatisfying(MasterBusyException.class,
                    busy -> assertThat(busy.failure()).isEqualTo(ConnectionFailure.BUSY));
            assertThatThrownBy(master::showProc).as("the master's own commands too").isInstanceOf(
                    MasterBusyException.class);

            MasterCli patient = MasterCli.of(CliAddress.unix(haproxy.masterSocket()),
                    CliOptions.defaults().connectTimeout(GIVE_UP).busyPatience(WAIT));
            CompletableFuture<ProcessInfo> info = CompletableFuture.supplyAsync(() -> patient.worker().showInfo());
            assertThatThrownBy(() -> info.get(300, TimeUnit.MILLISECONDS)).as("still trying while the worker is stuck")
                    .isInstanceOf(TimeoutException.class);
            haproxy.worker().thaw();
            assertThat(info.get(WAIT.toMillis(), TimeUnit.MILLISECONDS).pid()).hasValue(haproxy.workerPid());
        }
    }

    private static void awaitMasterConnections(MasterWorker haproxy, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (haproxy.masterConnections() != expected && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(haproxy.masterConnections()).as("slots the master holds").isEqualTo(expected);
    }
}
