package io.hapsim.client.master;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hapsim.client.error.HaproxyException;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** {@code show proc} as the versions write it: with or without relative pids, old workers, programs. */
class ProcessListTest {

    @Test
    void readsTheMasterTheWorkersAndTheOldWorkers() {
        ProcessList processes = ProcessList.parse("""
                #<PID>          <type>          <reloads>       <uptime>        <version>      \s
                4000            master          2 [failed: 1]   0d00h10m00s     3.0.5          \s
                # workers
                4003            worker          0               0d00h00m05s     3.0.5          \s
                # old workers
                4002            worker          1               0d00h03m00s     3.0.5          \s
                # programs
                4001            program         2               0d00h10m00s     -              \s
                """);

        assertThat(processes.master()).isEqualTo(new ProcessEntry(4000, "master", OptionalInt.empty(), 2,
                OptionalInt.of(1), "0d00h10m00s", "3.0.5"));
        assertThat(processes.failedReloads()).isEqualTo(1);
        assertThat(processes.workers()).extracting(ProcessEntry::pid).containsExactly(4003L);
        assertThat(processes.oldWorkers()).singleElement().satisfies(old -> {
            assertThat(old.pid()).isEqualTo(4002);
            assertThat(old.reloads()).isEqualTo(1);
        });
    }

    @Test
    void readsTheRelativePidColumnOfOlderVersions() {
        ProcessList processes = ProcessList.parse("""
                #<PID>          <type>          <relative PID>  <reloads>       <uptime>        <version>
                100             master          0               0               0d00h00m01s     2.2.1
                # workers
                101             worker          1               0               0d00h00m01s     2.2.1
                """);

        assertThat(processes.master().failedReloads()).isEmpty();
        assertThat(processes.failedReloads()).isZero();
        assertThat(processes.workers()).singleElement().satisfies(worker -> {
            assertThat(worker.relativePid()).hasValue(1);
            assertThat(worker.reloads()).isZero();
        });
    }

    @Test
    void anAnswerWithoutAMasterIsAnError() {
        assertThatThrownBy(() -> ProcessList.parse("Unknown command: 'show'\n")).isInstanceOf(HaproxyException.class);
    }
}
