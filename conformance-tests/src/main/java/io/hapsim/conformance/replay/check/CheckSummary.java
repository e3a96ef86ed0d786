package io.hapsim.conformance.replay.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts outcomes per label (thread-safe) and prints {@code label: N passed / N failed / N unstable}. */
public final class CheckSummary {
  private final Map<String, Map<CheckOutcome.Status, List<String>>> byLabel = new TreeMap<>();

  public synchronized void add(CheckOutcome o) {
    byLabel.computeIfAbsent(o.label(), l -> new EnumMap<>(CheckOutcome.Status.class))
        .computeIfAbsent(o.status(), s -> new ArrayList<>()).add(o.scenario());
  }

  /** Records an outcome that could not be produced (error while running). */
  public synchronized void addError(String label, String scenario) {
    byLabel.computeIfAbsent(label, l -> new EnumMap<>(CheckOutcome.Status.class))
        .computeIfAbsent(CheckOutcome.Status.FAILED, s -> new ArrayList<>()).add(scenario + " (error)");
  }

  public synchronized int count(String label, CheckOutcome.Status status) {
    return byLabel.getOrDefault(label, Map.of()).getOrDefault(status, List.of()).size();
  }

  public synchronized int failed(String label) {
    return count(label, CheckOutcome.Status.FAILED) + count(label, CheckOutcome.Status.NO_GOLDEN);
  }

  public synchronized String format(String title) {
    StringBuilder sb = new StringBuilder(title).append('\n');
    byLabel.forEach((label, m) -> {
      sb.append("  ").append(label).append(": ")
          .append(count(label, CheckOutcome.Status.PASSED)).append(" passed / ")
          .append(failed(label)).append(" failed / ")
          .append(count(label, CheckOutcome.Status.UNSTABLE)).append(" unstable");
      List<String> bad = new ArrayList<>(m.getOrDefault(CheckOutcome.Status.FAILED, List.of()));
      bad.addAll(m.getOrDefault(CheckOutcome.Status.NO_GOLDEN, List.of()));
      if (!bad.isEmpty()) {
        sb.append("  failed: ").append(String.join(", ", bad));
      }
      List<String> unstable = m.getOrDefault(CheckOutcome.Status.UNSTABLE, List.of());
      if (!unstable.isEmpty()) {
        sb.append("  unstable: ").append(String.join(", ", unstable));
      }
      sb.append('\n');
    });
    return sb.toString();
  }
}
