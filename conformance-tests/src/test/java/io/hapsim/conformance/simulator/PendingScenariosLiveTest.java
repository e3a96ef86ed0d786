package io.hapsim.conformance.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.hapsim.conformance.RealHaproxyRequired;
import io.hapsim.conformance.replay.check.CheckOutcome;
import io.hapsim.conformance.replay.check.GoldenCheck;
import io.hapsim.conformance.replay.scenario.Scenario;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import io.hapsim.conformance.replay.target.Corpus;
import io.hapsim.conformance.replay.target.RealHaproxy;
import io.hapsim.conformance.replay.target.RealHaproxyTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * The pending scenarios ({@code corpus/pending}: recorded from real HAProxy, not yet passed by the simulator, such as
 * the master CLI's of issue 17) replayed on every installed real version and compared with their goldens, so that
 * what the simulator will be built against stays true to the binaries. Each has a golden for every version; the
 * simulator is not run on them (the live differential takes a scenario once it moves into the corpus).
 */
class PendingScenariosLiveTest {

  @TestFactory
  Stream<DynamicContainer> pendingScenariosMatchRealHaproxy() throws IOException {
    Corpus pending = Corpus.locate().pending();
    // part of the repository while scenarios wait: a missing or empty folder is an error, never a reason to run none
    // (when the last one moves into the corpus, this test goes with the folder)
    if (!Files.isDirectory(pending.scenarios())) {
      throw new IllegalStateException("the pending scenarios are missing: no " + pending.scenarios());
    }
    List<Scenario> scenarios = ScenarioLoader.loadDirectory(pending.scenarios());
    if (scenarios.isEmpty()) {
      throw new IllegalStateException("no pending scenario in " + pending.scenarios()
          + ": remove the folder and this test once every one has moved into the corpus");
    }
    return RealHaproxy.VERSIONS.stream().map(version -> dynamicContainer("haproxy " + version,
        scenarios.stream().map(scenario -> dynamicTest(scenario.name() + " [" + version + "] real vs golden",
            () -> realVsGolden(scenario, version, pending)))));
  }

  private static void realVsGolden(Scenario scenario, String version, Corpus pending) throws IOException {
    assertThat(pending.golden(version).resolve(scenario.name() + ".json"))
        .as("a pending scenario has a golden for every version with a binary").isRegularFile();
    RealHaproxyRequired.require(version, "pending scenario " + scenario.name());
    CheckOutcome outcome = new GoldenCheck().check(scenario, RealHaproxyTarget.of(version), pending.golden(version));
    assertThat(outcome.status()).as(outcome.report()).isEqualTo(CheckOutcome.Status.PASSED);
  }
}
