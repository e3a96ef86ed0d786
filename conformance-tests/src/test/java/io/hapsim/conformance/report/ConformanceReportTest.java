package io.hapsim.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.report.KnownDiscrepancies.Entry;
import io.hapsim.conformance.report.Results.Comparison;
import io.hapsim.conformance.report.Results.Property;
import io.hapsim.conformance.report.Results.Suite;
import io.hapsim.simulator.version.VersionProfiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceReportTest {
  /** Fixed, so the rows do not depend on the machine running this test. */
  private static final RunInfo RUN = new RunInfo("2026-11-24T10:00:00Z", "abc1234", "Test CPU, 2 cores", true,
      new TreeMap<>(Map.of("2.6", "2.6.12-1+deb12u4", "3.0", "3.0.11-1+deb13u5")));

  private static final Suite SIMULATOR_GOLDEN = new Suite("simulator-golden", RUN, List.of(
      passed(Results.SIMULATOR_VS_GOLDEN, "2.4", "010-show-info"),
      new Comparison(Results.SIMULATOR_VS_GOLDEN, "2.4", "020-race", "UNSTABLE", "timing of the close",
          List.of("-a", "+b")),
      new Comparison(Results.SIMULATOR_VS_GOLDEN, "2.4", "030-payload", "FAILED", null,
          List.of("--- golden", "+++ simulator", "-Done.", "+Unknown command"))), List.of());

  private static final Suite LIVE = new Suite("live-differential", RUN, List.of(
      passed(Results.SIMULATOR_VS_GOLDEN, "2.6", "010-show-info"),
      passed(Results.REAL_VS_GOLDEN, "2.6", "010-show-info"),
      passed(Results.SIMULATOR_VS_REAL, "2.6", "010-show-info"),
      passed(Results.SIMULATOR_VS_GOLDEN, "3.2", "010-show-info"),
      new Comparison(Results.REAL_VS_GOLDEN, "3.2", "010-show-info", "SKIPPED", "real HAProxy 3.2 not installed",
          List.of()),
      new Comparison(Results.SIMULATOR_VS_REAL, "3.2", "010-show-info", "SKIPPED", "real HAProxy 3.2 not installed",
          List.of())), List.of());

  private static final Suite SESSIONS = new Suite("random-sessions", RUN, List.of(), List.of(
      new Property("simulator vs real", "2.6", 150, 150, 42, null, null),
      new Property("simulator vs real", "3.0", 38, 37, 43, "{\"name\": \"random-3.0\"}",
          "- real: Unknown ACL identifier\n+ sim: Unknown map identifier"),
      new Property("simulator vs real", "3.2", 0, 0, 44, null, "not run: haproxy 3.2 is not installed")));

  private static final KnownDiscrepancies KNOWN = new KnownDiscrepancies("test", List.of(
      new Entry("del-acl-message", "simulator", "open", List.of("3.2"), "del acl names the map.",
          "del acl #99 1.2.3.4\\n", "Unknown ACL | identifier\\n", "Unknown map identifier\\n",
          "only known ACLs"),
      new Entry("crlf-marker", "real-nondeterminism", "permanent", List.of("3.2"), "Loops over its buffer.",
          null, null, null, "never generated"),
      new Entry("empty-payload", "simulator", "fixed", List.of("3.0"), "Empty custom payload.", null, null, null,
          null)));

  private static Comparison passed(String kind, String version, String scenario) {
    return new Comparison(kind, version, scenario, "PASSED", null, List.of());
  }

  private static String report() {
    return report(Path.of("no-such-measurement.md"));
  }

  private static String report(Path closeMeasurement) {
    return new ConformanceReport(List.of(LIVE, SESSIONS, SIMULATOR_GOLDEN), KNOWN, closeMeasurement).render();
  }

  private static String imitates(String version) {
    return VersionProfiles.get(version).version();
  }

  @Test
  void oneRowPerVersionWithPassedUnstableFailedOfRun() {
    assertThat(report()).contains(
        "| version | simulator imitates | real binary | scenarios: simulator vs golden | scenarios: real vs golden "
            + "| scenarios: simulator vs real (live) | random sessions: simulator vs real |\n",
        "| 2.4 | " + imitates("2.4") + " | — | **1 / 1 / 1 of 3** | — | — | — |\n",
        "| 2.6 | " + imitates("2.6") + " | 2.6.12-1+deb12u4 | 1 / 0 / 0 of 1 | 1 / 0 / 0 of 1 | 1 / 0 / 0 of 1 "
            + "| 150 / 150 |\n",
        "| 3.0 | " + imitates("3.0") + " | 3.0.11-1+deb13u5 | — | — | — | **37 / 38** |\n",
        "| 3.2 | " + imitates("3.2") + " | — | 1 / 0 / 0 of 1 | not run | not run | not run |\n");
  }

  @Test
  void versionsWithoutAnyResultAreRowsOfDashesInProfileOrder() {
    String report = report();
    assertThat(report).contains("| 3.1 | " + imitates("3.1") + " | — | — | — | — | — |\n");
    assertThat(report.indexOf("| 2.8.0 |")).isLessThan(report.indexOf("| 2.8 |"));
  }

  @Test
  void saysWhichRunTheNumbersComeFrom() {
    assertThat(report()).contains("- `live-differential.json`: 2026-11-24T10:00:00Z, CI, commit abc1234, "
        + "Test CPU, 2 cores; real HAProxy installed: 2.6.12-1+deb12u4, 3.0.11-1+deb13u5\n");
  }

  @Test
  void failuresComeWithTheirDiffAndTheCounterexample() {
    assertThat(report()).contains(
        "### 2.4, simulator vs golden, `030-payload`: FAILED\n\n```\n--- golden\n+++ simulator\n-Done.\n"
            + "+Unknown command\n```\n",
        "### 3.0, random sessions, simulator vs real\n\n37 of 38 sessions identical (seed 43); the difference:",
        "{\"name\": \"random-3.0\"}",
        "- 3.2: not run: haproxy 3.2 is not installed\n",
        "- `020-race` (2.4: simulator vs golden): timing of the close\n");
  }

  @Test
  void listsOpenDiscrepanciesInFullAndFixedOnesInOneLine() {
    String report = report();
    assertThat(report).contains(
        "- **del-acl-message** (3.2): del acl names the map.\n"
            + "  - input: `del acl #99 1.2.3.4\\n`\n"
            + "  - real HAProxy: `Unknown ACL | identifier\\n`\n"
            + "  - hapsim: `Unknown map identifier\\n`\n"
            + "  - mitigation: only known ACLs\n",
        "- **crlf-marker** (3.2): Loops over its buffer.\n  - mitigation: never generated\n",
        "- **empty-payload** (3.0): Empty custom payload.\n");
    assertThat(report.indexOf("### Fixed")).isLessThan(report.indexOf("empty-payload"));
    assertThat(report.indexOf("del-acl-message")).isLessThan(report.indexOf("crlf-marker"));
  }

  @Test
  void saysSoWhenNoSimulatorDiscrepancyIsOpen() {
    KnownDiscrepancies onlyRealOnes = new KnownDiscrepancies("test", List.of(KNOWN.discrepancies().get(1)));

    assertThat(DiscrepancySection.render(onlyRealOnes))
        .contains("### hapsim answers differently (open, to be fixed in the simulator)\n\nNone known.\n");
  }

  @Test
  void repeatsTheMeasuredNonInteractiveCloseRates(@TempDir Path dir) throws Exception {
    Path measurement = dir.resolve("nonint-close.md");
    Files.writeString(measurement, String.join("\n", "# title", "", "Recipe text.",
        "Taken 2026-12-06 on 2 cores, 20 runs per target.", "",
        "| target | build | runs |", "| --- | --- | ---: |", "| real 2.6 | 2.6.12 | 20 |", "", "Rows."));

    assertThat(report(measurement)).contains("## The 2.x non-interactive close (haproxy#2658)\n\n")
        .contains("Taken 2026-12-06 on 2 cores, 20 runs per target.\n\n| target | build | runs |\n"
            + "| --- | --- | ---: |\n| real 2.6 | 2.6.12 | 20 |\n\nFrom [benchmarks/nonint-close.md]")
        .doesNotContain("Recipe text.");
    assertThat(report()).contains("Not measured yet: `./hapsim bench nonint-close`");
  }

  @Test
  void resultsFilesRecordTheirRunAndReadBack(@TempDir Path dir) throws Exception {
    Results results = new Results("suite");
    results.add(Results.SIMULATOR_VS_GOLDEN, "2.4", "010-show-info", "PASSED", null, List.of());
    results.write(dir);

    Suite read = Results.readAll(dir).get(0);
    assertThat(read.comparisons()).containsExactly(passed(Results.SIMULATOR_VS_GOLDEN, "2.4", "010-show-info"));
    assertThat(read.run().recorded()).isNotBlank();
    assertThat(read.run().machine()).contains("cores");
  }

  @Test
  void writesNothingWithoutResults(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("conformance.md");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    int status = ConformanceReport.run(new String[] {"--results", dir.resolve("none").toString(), "--out",
        out.toString()}, new PrintStream(printed, true), System.err);

    assertThat(status).isZero();
    assertThat(out).doesNotExist();
    assertThat(printed.toString()).contains("no results");
  }

  @Test
  void writesThePageFromTheResultsFolder(@TempDir Path dir) throws Exception {
    new Results("simulator-golden").write(dir);
    Path out = dir.resolve("docs").resolve("conformance.md");

    int status = ConformanceReport.run(new String[] {"--results", dir.toString(), "--discrepancies",
        KnownDiscrepancies.locate().toString(), "--out", out.toString()}, new PrintStream(new ByteArrayOutputStream()),
        System.err);

    assertThat(status).isZero();
    assertThat(Files.readString(out)).startsWith("# Conformance: hapsim against real HAProxy\n")
        .contains("| 2.4 | ");
  }
}
