package io.hapsim.conformance.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.RealHaproxyRequired;
import io.hapsim.conformance.replay.check.CheckOutcome;
import io.hapsim.conformance.replay.check.GoldenCheck;
import io.hapsim.conformance.replay.net.Address;
import io.hapsim.conformance.replay.scenario.ConnectionSpec;
import io.hapsim.conformance.replay.scenario.Scenario;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import io.hapsim.conformance.replay.target.RealHaproxyTarget;
import io.hapsim.conformance.replay.target.Target;
import io.hapsim.conformance.replay.target.TargetInstance;
import io.hapsim.conformance.simulator.SimulatorTarget;
import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.journal.Journal;
import io.hapsim.simulator.journal.JournalSettings;
import io.hapsim.simulator.journal.RecordedConnection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session the simulator's journal kept (verbatim) becomes a scenario and its golden, and replays identically: on
 * a fresh simulator of the same version, and on real HAProxy 3.0, whose answers to it are the simulator's.
 */
class JournalRecordingTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir
  Path tmp;
  private Path scenarioFile;
  private Path goldenDir;

  @BeforeEach
  void recordInTheJournal() throws Exception {
    AtomicReference<Simulator> started = new AtomicReference<>();
    SimulatorTarget target = SimulatorTarget.of("3.0")
        .observed(settings -> settings.journal(JournalSettings.defaults().keepingEverything()), started::set);
    scenarioFile = tmp.resolve("journal-session.json");
    goldenDir = tmp.resolve("golden");
    try (TargetInstance instance = target.start(ScenarioLoader.parse("{\"connections\": []}", "journal-fixture"))) {
      Journal journal = started.get().journal();
      long before = journal.connections().stream().mapToLong(RecordedConnection::id).max().orElse(0);
      journal.clear(); // the instance's readiness checks are no part of the session
      ProxyRecordingTest.clientTraffic(Address.parse(instance.sockets().get("admin")), instance.vars().get("DIR"));
      for (long id = before + 1; id <= before + 7; id++) {
        long wanted = id;
        assertThat(journal.awaitConnection(c -> c.id() == wanted && !c.isOpen(), WAIT)).isPresent();
      }
      List<RecordedConnection> connections = journal.connections();

      assertThat(JournalRecording.write(connections, scenarioFile, goldenDir, instance.vars(), "3.0")).isEqualTo(7);
    }
  }

  @Test
  void theScenarioIsTheSessionAsTheClientsSentIt() throws Exception {
    Scenario recorded = ScenarioLoader.load(scenarioFile);

    assertThat(recorded.connections()).extracting(ConnectionSpec::parallel)
        .containsExactly(false, false, false, false, false, true, true);
    assertThat(recorded.connections().get(4).steps()).as("the command without its line feed, then the half-close")
        .hasSize(2);
  }

  @Test
  void itReplaysIdenticallyOnTheSimulator() throws Exception {
    assertReplaysIdentically(SimulatorTarget.of("3.0"));
  }

  @Test
  void itReplaysIdenticallyOnRealHaproxy30() throws Exception {
    RealHaproxyRequired.require("3.0", "replaying a journal recording on real HAProxy 3.0");
    assertReplaysIdentically(RealHaproxyTarget.of("3.0"));
  }

  private void assertReplaysIdentically(Target target) throws Exception {
    CheckOutcome outcome = new GoldenCheck().check(ScenarioLoader.load(scenarioFile), target, goldenDir);

    assertThat(outcome.status()).as(String.join("\n", outcome.diff())).isEqualTo(CheckOutcome.Status.PASSED);
  }
}
