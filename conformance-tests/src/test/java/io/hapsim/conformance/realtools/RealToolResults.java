package io.hapsim.conformance.realtools;

import io.hapsim.conformance.report.Results;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * What the real-tools suite found, per client and version, for the report's "Works with" table: written to {@code
 * target/conformance/results/real-tools.json} after each test class (the file then holds every class run so far).
 */
final class RealToolResults {
  private static final Results RESULTS = new Results("real-tools");

  private RealToolResults() {}

  /**
   * Records whether {@code tool} gave the same on the simulator as on real HAProxy {@code version}, and returns it.
   *
   * @param tool the client, as the report's table names it (see {@link io.hapsim.conformance.report.WorksWithSection})
   */
  static boolean same(String tool, String version, Object real, Object simulated) {
    boolean same = Objects.equals(real, simulated);
    RESULTS.add(Results.REAL_TOOLS, version, tool, same ? "PASSED" : "FAILED",
        same ? null : "differs from real HAProxy " + version,
        same ? List.of() : List.of("real:      " + real, "simulated: " + simulated));
    try {
      RESULTS.write();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return same;
  }
}
