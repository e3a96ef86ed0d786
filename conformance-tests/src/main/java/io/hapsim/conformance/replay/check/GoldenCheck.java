package io.hapsim.conformance.replay.check;

import io.hapsim.conformance.replay.run.ScenarioRunner;
import io.hapsim.conformance.replay.scenario.Scenario;
import io.hapsim.conformance.replay.target.Target;
import io.hapsim.conformance.replay.target.TargetInstance;
import io.hapsim.conformance.replay.transcript.Transcript;
import io.hapsim.conformance.replay.transcript.TranscriptDiff;
import io.hapsim.conformance.replay.transcript.TranscriptJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs scenarios against a target and compares them with a golden folder. */
public final class GoldenCheck {
  private final ScenarioRunner runner;

  public GoldenCheck(ScenarioRunner runner) {
    this.runner = runner;
  }

  public GoldenCheck() {
    this(new ScenarioRunner());
  }

  /** Runs {@code scenario} on a fresh instance of {@code target} and compares with {@code goldenDir/<name>.json}. */
  public CheckOutcome check(Scenario scenario, Target target, Path goldenDir) throws IOException {
    Path file = goldenDir.resolve(scenario.name() + ".json");
    if (!Files.isRegularFile(file)) {
      return new CheckOutcome(scenario.name(), target.label(), CheckOutcome.Status.NO_GOLDEN, List.of(),
          file + " missing", null);
    }
    Transcript golden = TranscriptJson.read(file);
    Transcript actual;
    try (TargetInstance instance = target.start(scenario)) {
      actual = runner.run(scenario, instance, target.label());
    }
    return compare(scenario, golden, actual, target.label());
  }

  /**
   * Compares a run with its golden (default rules). A difference counts as a failure unless the
   * scenario is unstable for the golden's or the target's label.
   */
  public static CheckOutcome compare(Scenario scenario, Transcript golden, Transcript actual, String targetLabel) {
    List<String> diff = TranscriptDiff.diff(golden, actual, "golden", "actual");
    if (diff.isEmpty()) {
      return new CheckOutcome(scenario.name(), targetLabel, CheckOutcome.Status.PASSED, diff, null, actual);
    }
    var why = scenario.unstableFor(golden.label(), targetLabel);
    return why.map(w -> new CheckOutcome(scenario.name(), targetLabel, CheckOutcome.Status.UNSTABLE, diff, w, actual))
        .orElseGet(() -> new CheckOutcome(scenario.name(), targetLabel, CheckOutcome.Status.FAILED, diff, null, actual));
  }
}
