package io.hapsim.conformance.master;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.RealHaproxyRequired;
import io.hapsim.conformance.replay.net.Address;
import io.hapsim.conformance.replay.net.CliConnection;
import io.hapsim.conformance.replay.scenario.Scenario;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import io.hapsim.conformance.replay.target.RealHaproxyTarget;
import io.hapsim.conformance.replay.target.Target;
import io.hapsim.conformance.replay.target.TargetInstance;
import io.hapsim.conformance.simulator.SimulatorTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

  private static final Scenario MASTER_WORKER =
      ScenarioLoader.parse("{\"name\": \"limits\", \"instance\": {\"master\": true}, \"connections\": []}", "");
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
    try (TargetInstance instance = target.start(MASTER_WORKER)) {
      String master = instance.sockets().get("master");
      seen.add("at start: " + limitsOf(ask(master, "@1 show info\n")));
      ask(master, "reload\n");
      String info = "";
      long deadline = System.nanoTime() + WAIT_MS * 1_000_000;
      // the master executes itself again: it refuses, then answers with the former worker, then the new one
      while (!info.contains("\nPid: ") || info.contains("\nPid: " + instance.vars().get("WORKER_PID") + "\n")) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("no new worker after the reload: " + info);
        }
        Thread.sleep(20);
        info = askQuietly(master, "@1 show info\n");
      }
      seen.add("after a reload: " + limitsOf(info));
    }
    return seen;
  }

  private static String limitsOf(String showInfo) {
    return Arrays.stream(showInfo.split("\n")).filter(line -> LIMITS.contains(line.split(":")[0]))
        .collect(Collectors.joining(", "));
  }

  private static String askQuietly(String master, String input) {
    try {
      return ask(master, input);
    } catch (IOException e) {
      return "";
    }
  }

  private static String ask(String master, String input) throws IOException {
    try (CliConnection cli = CliConnection.open(Address.parse(master), "ask", WAIT_MS)) {
      cli.write(input.getBytes(StandardCharsets.US_ASCII), 1.0);
      cli.shutdownOutput();
      cli.awaitClosed(WAIT_MS / 1000.0);
      return new String(cli.snapshot().data(), StandardCharsets.ISO_8859_1);
    }
  }
}
