package io.hapsim.conformance.report;

import io.hapsim.conformance.report.Results.Comparison;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * The scenario outcomes of one comparison kind on one version: one cell of the report's table. A missing golden
 * and an error while running count as failures, as in the suites.
 */
record ScenarioTally(int passed, int unstable, int failed, int skipped) {

  static ScenarioTally of(Collection<Comparison> comparisons) {
    return new ScenarioTally(count(comparisons, "PASSED"::equals), count(comparisons, "UNSTABLE"::equals),
        count(comparisons, ScenarioTally::isFailure), count(comparisons, "SKIPPED"::equals));
  }

  private static int count(Collection<Comparison> comparisons, Predicate<String> status) {
    return (int) comparisons.stream().filter(c -> status.test(c.status())).count();
  }

  /** FAILED, NO_GOLDEN, ERROR: anything but passed, unstable and not run. */
  static boolean isFailure(String status) {
    return !List.of("PASSED", "UNSTABLE", "SKIPPED").contains(status);
  }

  int ran() {
    return passed + unstable + failed;
  }

  /** {@code passed / unstable / failed of N}, in bold when something failed. */
  String cell() {
    if (ran() == 0) {
      return skipped == 0 ? "—" : "not run";
    }
    String counts = passed + " / " + unstable + " / " + failed + " of " + ran();
    String cell = failed > 0 ? "**" + counts + "**" : counts;
    return skipped == 0 ? cell : cell + ", " + skipped + " not run";
  }
}
