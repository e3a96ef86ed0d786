package io.hapsim.conformance.master;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.RealHaproxyRequired;
import io.hapsim.conformance.replay.target.RealHaproxyTarget;
import io.hapsim.conformance.replay.target.Target;
import io.hapsim.conformance.replay.target.TargetInstance;
import io.hapsim.conformance.simulator.SimulatorTarget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A worker's limits under a master, on real HAProxy and on the simulator: the descriptors it counts for its master
 * (more after a reload, from 3.0) lower the maxconn it computes from this host's descriptor limit.
 */
class WorkerLimitsLiveTest {

  private static final Set<String> LIMITS = Set.of("Ulimit-n", "Maxsock", "Maxconn", "Hard_maxconn");
  private static final long WAIT_MS = 10_000;

  @ParameterizedTest(name = "haproxy {0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void aWorkerComputesItsLimitsAsRealDoesAtStartAndAfterAReload(String version) throws Exception {
    RealHaproxyRequired.require(version, "the worker's limits under a master");
    List<String> real = limits(RealHaproxyTarget.of(version));
    List<String> simulated = limits(SimulatorTarget.of(version));

    System.out.println("[worker limits " + version + "] real: " + real);
    assertThat(real).hasSize(2).allSatisfy(line -> assertThat(line).contains("Maxconn: "));
    assertThat(simulated).isEqualTo(real);
  }

  private static List<String> limits(Target target) throws IOException, InterruptedException {
    List<String> seen = new ArrayList<>();
    try (TargetInstance instance = target.start(MasterInstances.MASTER_WORKER)) {
      String master = instance.sockets().get("master");
      seen.add("at start: " + limitsOf(MasterInstances.ask(master, "@1 show info\n", WAIT_MS)));
      MasterInstances.ask(master, "reload\n", WAIT_MS);
      // the master executes itself again: it refuses, then answers with the former worker, then the new one
      String former = "\nPid: " + instance.vars().get("WORKER_PID") + "\n";
      String info = MasterInstances.poll(master, "@1 show info\n",
          answer -> answer.contains("\nPid: ") && !answer.contains(former), WAIT_MS, 20);
      seen.add("after a reload: " + limitsOf(info));
    }
    return seen;
  }

  private static String limitsOf(String showInfo) {
    return Arrays.stream(showInfo.split("\n")).filter(line -> LIMITS.contains(line.split(":")[0]))
        .collect(Collectors.joining(", "));
  }
}
