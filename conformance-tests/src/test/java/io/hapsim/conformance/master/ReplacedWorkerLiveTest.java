package io.hapsim.conformance.master;

import static io.hapsim.conformance.master.MasterInstances.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.RealHaproxyRequired;
import io.hapsim.conformance.replay.net.Address;
import io.hapsim.conformance.replay.net.CliConnection;
import io.hapsim.conformance.replay.target.RealHaproxyTarget;
import io.hapsim.conformance.replay.target.Target;
import io.hapsim.conformance.replay.target.TargetInstance;
import io.hapsim.conformance.simulator.SimulatorTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The worker a reload replaces, on real HAProxy and on the simulator: while a session is open on its stats socket it
 * stays, listed among the old workers and reached by {@code @!<pid>}, and the session goes on with it; new
 * connections reach the new worker. It exits once the session ends.
 */
class ReplacedWorkerLiveTest {

  private static final long WAIT_MS = 10_000;
  private static final long POLL_MS = 20;

  @ParameterizedTest(name = "haproxy {0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void aReplacedWorkerServesItsOpenSessionThenExits(String version) throws Exception {
    RealHaproxyRequired.require(version, "the replaced worker");
    List<String> real = observe(RealHaproxyTarget.of(version));
    List<String> simulated = observe(SimulatorTarget.of(version));

    System.out.println("[replaced worker " + version + "] real: " + real);
    assertThat(real).contains("the session goes on with the former worker: true",
        "after the session, the former worker has exited: true");
    assertThat(simulated).isEqualTo(real);
  }

  private static List<String> observe(Target target) throws IOException, InterruptedException {
    List<String> seen = new ArrayList<>();
    try (TargetInstance instance = target.start(MasterInstances.MASTER_WORKER)) {
      String master = instance.sockets().get("master");
      String admin = instance.sockets().get("admin");
      String former = instance.vars().get("WORKER_PID");
      try (CliConnection session = CliConnection.open(Address.parse(admin), "session", WAIT_MS)) {
        session.write("prompt\n".getBytes(StandardCharsets.US_ASCII), 1.0);
        session.await(view -> view.text().endsWith("> "), WAIT_MS / 1000.0);

        ask(master, "reload\n", WAIT_MS);
        String procs = MasterInstances.poll(master, "show proc\n", answer -> answer.contains("# old workers"),
            WAIT_MS, POLL_MS);
        seen.add("show proc: " + masked(procs));
        int mark = session.receivedSize();
        session.write("show info\n".getBytes(StandardCharsets.US_ASCII), 1.0);
        session.await(view -> view.text().endsWith("\n> ") && view.size() > mark, WAIT_MS / 1000.0);
        seen.add("the session goes on with the former worker: "
            + MasterInstances.text(session).substring(mark).contains("\nPid: " + former + "\n"));
        seen.add("@!<former pid> reaches it: " + ask(master, "@!" + former + " show info\n", WAIT_MS)
            .contains("\nPid: " + former + "\n"));
        String fresh = ask(admin, "show info\n", WAIT_MS);
        seen.add("a new connection reaches a new worker: "
            + (fresh.contains("\nPid: ") && !fresh.contains("\nPid: " + former + "\n")));
      }
      String after = MasterInstances.poll(master, "show proc\n", answer -> answer.contains("# workers")
          && !answer.contains("# old workers"), WAIT_MS, POLL_MS);
      seen.add("after the session, the former worker has exited: " + !after.contains("# old workers"));
    }
    return seen;
  }

  /** Pids and uptimes become N, and the spaces that pad them one (a real pid may be longer than a simulated one). */
  private static String masked(String answer) {
    return answer.replaceAll("\\d{2,}", "N").replaceAll(" {2,}", " ");
  }
}
