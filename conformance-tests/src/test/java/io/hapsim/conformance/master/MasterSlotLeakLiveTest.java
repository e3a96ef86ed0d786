package io.hapsim.conformance.master;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.RealHaproxyRequired;
import io.hapsim.conformance.replay.target.RealHaproxyTarget;
import io.hapsim.conformance.replay.target.Target;
import io.hapsim.conformance.replay.target.TargetInstance;
import io.hapsim.conformance.simulator.SimulatorTarget;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * haproxy#3351 on real HAProxy and on the simulator, side by side: with the worker stopped ({@code kill -STOP} on
 * real, {@code freeze()} on the simulator), clients that send a command for it and give up keep their connection to
 * the master, which accepts ten at once; eleven more wait in the kernel's queue, and then connecting fails. When
 * the worker goes on, the master frees them all and answers again. Both are watched from outside, through the
 * kernel's listen queue, so that the observations are the same kind on both sides.
 */
class MasterSlotLeakLiveTest {

  private static final long WAIT_MS = 3_000;

  @ParameterizedTest(name = "haproxy {0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void clientsThatGiveUpOnAFrozenWorkerHoldTheMasterSlots(String version) throws Exception {
    RealHaproxyRequired.require(version, "the master slot leak (haproxy#3351)");
    List<String> real = observe(RealHaproxyTarget.of(version));
    List<String> simulated = observe(SimulatorTarget.of(version));

    System.out.println("[master slots " + version + "] real: " + real);
    assertThat(real).as("real HAProxy " + version).containsExactly(
        "backlog 10",
        "waiting after each give-up: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]",
        "next connect: Resource temporarily unavailable",
        "after the thaw: 0 waiting, @1 show info answered with the worker's pid");
    assertThat(simulated).as("the simulator, as real " + version).isEqualTo(real);
  }

  private static List<String> observe(Target target) throws IOException, InterruptedException {
    List<String> seen = new ArrayList<>();
    try (TargetInstance instance = target.start(MasterInstances.MASTER_WORKER)) {
      String address = instance.sockets().get("master");
      Path master = MasterInstances.path(address);
      seen.add("backlog " + ListenQueue.of(master).backlog());
      instance.freezeWorkers(true);
      try {
        List<Integer> waiting = new ArrayList<>();
        for (int client = 1; client <= 21; client++) {
          try (SocketChannel channel = MasterInstances.connectWithoutWaiting(master)) {
            channel.write(StandardCharsets.US_ASCII.encode("@1 show info\n"));
          }
          waiting.add(ListenQueue.await(master, Math.max(0, client - 10), WAIT_MS).waiting());
        }
        seen.add("waiting after each give-up: " + waiting);
        try (SocketChannel channel = MasterInstances.connectWithoutWaiting(master)) {
          seen.add("next connect: connected");
        } catch (IOException e) {
          seen.add("next connect: " + e.getMessage());
        }
      } finally {
        instance.freezeWorkers(false);
      }
      int left = ListenQueue.await(master, 0, WAIT_MS).waiting();
      String info = MasterInstances.ask(address, "@1 show info\n", WAIT_MS);
      seen.add("after the thaw: " + left + " waiting, @1 show info "
          + (info.contains("\nPid: " + instance.vars().get("WORKER_PID") + "\n") ? "answered with the worker's pid"
              : "answered: " + info));
    }
    return seen;
  }
}
