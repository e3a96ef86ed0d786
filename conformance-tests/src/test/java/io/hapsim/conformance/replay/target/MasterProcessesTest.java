package io.hapsim.conformance.replay.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MasterProcessesTest {

  @Test
  void readsTheMasterAndTheFirstWorkerFromShowProc() throws IOException {
    String answer = "#<PID>          <type>          <reloads>       <uptime>        <version>      \n"
        + "30485           master          1 [failed: 0]   0d00h00m03s     3.4.7-1        \n"
        + "# workers\n"
        + "30511           worker          0               0d00h00m01s     3.4.7-1        \n"
        + "# old workers\n"
        + "30487           worker          1               0d00h00m03s     3.4.7-1        \n\n";

    MasterProcesses processes = MasterProcesses.parse(answer);

    assertThat(processes.vars()).isEqualTo(Map.of("MASTER_PID", "30485", "WORKER_PID", "30511"));
  }

  @Test
  void aListWithoutWorkerIsAnError() {
    assertThatThrownBy(() -> MasterProcesses.parse("#<PID> <type>\n30485 master 0 [failed: 0]\n# workers\n\n"))
        .isInstanceOf(IOException.class).hasMessageContaining("no master and worker");
  }
}
