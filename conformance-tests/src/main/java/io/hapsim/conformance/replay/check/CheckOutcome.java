package io.hapsim.conformance.replay.check;

import io.hapsim.conformance.replay.transcript.Transcript;
import java.util.List;

/**
 * The result of comparing one scenario's run with its golden.
 *
 * @param diff the unified diff (+ first differing bytes); empty when PASSED
 * @param reason why a difference does not count (UNSTABLE) or what is missing (NO_GOLDEN)
 * @param actual what the target answered (null for NO_GOLDEN)
 */
public record CheckOutcome(String scenario, String label, Status status, List<String> diff, String reason,
    Transcript actual) {

  public enum Status {
    /** Same as the golden (under the comparison rules). */
    PASSED,
    /** Different, but the scenario is declared unstable for this version: reported, not failed. */
    UNSTABLE,
    /** Different. */
    FAILED,
    /** No golden for this scenario (counts as a failure). */
    NO_GOLDEN
  }

  public CheckOutcome {
    diff = List.copyOf(diff);
  }

  public boolean failed() {
    return status == Status.FAILED || status == Status.NO_GOLDEN;
  }

  /** A readable report: a title line, then the diff. */
  public String report() {
    String title = switch (status) {
      case PASSED -> "=== " + scenario + ": same";
      case UNSTABLE -> "=== " + scenario + ": DIFFERENT (known unstable: " + reason + ")";
      case FAILED -> "=== " + scenario + ": DIFFERENT";
      case NO_GOLDEN -> "=== " + scenario + ": no golden (" + reason + ")";
    };
    if (diff.isEmpty()) {
      return title;
    }
    return title + "\n" + String.join("\n", diff);
  }
}
