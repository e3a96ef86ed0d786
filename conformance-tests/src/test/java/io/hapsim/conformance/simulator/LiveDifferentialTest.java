package io.hapsim.conformance.simulator;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.hapsim.conformance.replay.check.CheckOutcome;
import io.hapsim.conformance.replay.check.CheckSummary;
import io.hapsim.conformance.replay.check.GoldenCheck;
import io.hapsim.conformance.replay.run.ScenarioRunner;
import io.hapsim.conformance.replay.scenario.Scenario;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import io.hapsim.conformance.replay.target.RealHaproxy;
import io.hapsim.conformance.replay.target.RealHaproxyTarget;
import io.hapsim.conformance.replay.target.Corpus;
import io.hapsim.conformance.replay.target.Target;
import io.hapsim.conformance.replay.target.TargetInstance;
import io.hapsim.conformance.replay.transcript.Transcript;
import io.hapsim.conformance.replay.transcript.TranscriptDiff;
import io.hapsim.conformance.replay.transcript.TranscriptJson;
import io.hapsim.conformance.report.Results;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The live differential: every corpus scenario on real HAProxy 2.6, 3.0 and 3.2 (installed by {@code
 * scripts/install-real-haproxy}) and, right after it, on the simulator profile of the same version. Three checks
 * per scenario and version, from these two runs only (real HAProxy runs once):
 *
 * <ol>
 *   <li>real vs {@code golden/<version>}: the replayer and the installed binary still reproduce the recording;</li>
 *   <li>simulator vs {@code golden/<version>};</li>
 *   <li>simulator vs real, live: same scenario, same moment, compared with {@link TranscriptDiff}.</li>
 * </ol>
 *
 * Differences of scenarios declared unstable for the version are reported (skipped, with their diff), not failed.
 * A version whose binary is missing fails the real checks in CI ({@code CI=true}) and skips them visibly elsewhere;
 * the simulator-vs-golden check runs regardless. Profiles without a real binary (2.4, 2.8.0, 2.8, 3.1) are checked
 * against their goldens by {@link SimulatorGoldenTest}. Transcripts land in {@code
 * target/conformance/real-haproxy/<version>/} and {@code target/conformance/simulator/<version>/}, summaries in
 * {@code target/conformance/live-differential.txt} and {@code target/conformance/results/live-differential.json}.
 */
class LiveDifferentialTest {
  private static final CheckSummary REAL_VS_GOLDEN = new CheckSummary();
  private static final CheckSummary SIM_VS_GOLDEN = new CheckSummary();
  private static final CheckSummary SIM_VS_REAL = new CheckSummary();
  private static final Results RESULTS = new Results("live-differential");
  private static final Map<String, Optional<String>> AVAILABILITY = new ConcurrentHashMap<>();
  private static final Path OUT = Path.of("target", "conformance");

  /** The two runs of one scenario on one version, shared by its three checks (which run in order). */
  private static final class Runs {
    Transcript real;
    Transcript simulator;
  }

  @TestFactory
  Stream<DynamicContainer> corpusScenariosLive() throws IOException {
    Corpus corpus = Corpus.locate();
    // -Dhapsim.scenarios=090,131 runs only scenarios whose name contains one of these (debugging)
    String only = System.getProperty("hapsim.scenarios", "");
    List<Scenario> scenarios = ScenarioLoader.loadDirectory(corpus.scenarios()).stream()
        .filter(sc -> only.isBlank() || Stream.of(only.split(",")).anyMatch(s -> sc.name().contains(s.strip())))
        .toList();
    return RealHaproxy.VERSIONS.stream().map(v -> dynamicContainer("haproxy " + v,
        scenarios.stream().map(sc -> scenario(sc, v, corpus.golden(v)))));
  }

  private static DynamicContainer scenario(Scenario scenario, String version, Path goldenDir) {
    Runs runs = new Runs();
    return dynamicContainer(scenario.name() + " [" + version + "]", Stream.of(
        dynamicTest("real vs golden", () -> realVsGolden(scenario, version, goldenDir, runs)),
        dynamicTest("simulator vs golden", () -> simulatorVsGolden(scenario, version, goldenDir, runs)),
        dynamicTest("simulator vs real (live)", () -> simulatorVsReal(scenario, version, runs))));
  }

  private static void realVsGolden(Scenario scenario, String version, Path goldenDir, Runs runs) throws Exception {
    if (!installed(version)) {
      RESULTS.add(Results.REAL_VS_GOLDEN, version, scenario.name(), "SKIPPED", notInstalled(version), List.of());
      missing(version);
    }
    try {
      runs.real = run(scenario, RealHaproxyTarget.of(version));
    } catch (IOException | RuntimeException e) {
      REAL_VS_GOLDEN.addError(version, scenario.name());
      RESULTS.add(Results.REAL_VS_GOLDEN, version, scenario.name(), "ERROR", e.toString(), List.of());
      throw e;
    }
    save("real-haproxy", version, runs.real);
    verdict(Results.REAL_VS_GOLDEN, REAL_VS_GOLDEN, check(scenario, version, goldenDir, runs.real), "real haproxy "
        + version + " differs from golden/" + version);
  }

  private static void simulatorVsGolden(Scenario scenario, String version, Path goldenDir, Runs runs)
      throws Exception {
    try {
      runs.simulator = run(scenario, SimulatorTarget.of(version));
    } catch (IOException | RuntimeException e) {
      SIM_VS_GOLDEN.addError(version, scenario.name());
      RESULTS.add(Results.SIMULATOR_VS_GOLDEN, version, scenario.name(), "ERROR", e.toString(), List.of());
      throw e;
    }
    save("simulator", version, runs.simulator);
    verdict(Results.SIMULATOR_VS_GOLDEN, SIM_VS_GOLDEN, check(scenario, version, goldenDir, runs.simulator),
        "simulator " + version + " differs from golden/" + version);
  }

  private static void simulatorVsReal(Scenario scenario, String version, Runs runs) {
    if (!installed(version)) {
      RESULTS.add(Results.SIMULATOR_VS_REAL, version, scenario.name(), "SKIPPED", notInstalled(version), List.of());
      missing(version);
    }
    if (runs.real == null || runs.simulator == null) {
      RESULTS.add(Results.SIMULATOR_VS_REAL, version, scenario.name(), "ERROR", "a run failed", List.of());
      fail("no live comparison: the " + (runs.real == null ? "real" : "simulator") + " run failed (see above)");
    }
    List<String> diff = TranscriptDiff.diff(runs.real, runs.simulator, "real " + version, "simulator " + version);
    CheckOutcome outcome;
    if (diff.isEmpty()) {
      outcome = new CheckOutcome(scenario.name(), version, CheckOutcome.Status.PASSED, diff, null, runs.simulator);
    } else {
      outcome = scenario.unstableFor(version)
          .map(why -> new CheckOutcome(scenario.name(), version, CheckOutcome.Status.UNSTABLE, diff, why,
              runs.simulator))
          .orElseGet(() -> new CheckOutcome(scenario.name(), version, CheckOutcome.Status.FAILED, diff, null,
              runs.simulator));
    }
    verdict(Results.SIMULATOR_VS_REAL, SIM_VS_REAL, outcome, "simulator " + version + " differs from real haproxy "
        + version + " (live)");
  }

  private static Transcript run(Scenario scenario, Target target) throws IOException {
    try (TargetInstance instance = target.start(scenario)) {
      return new ScenarioRunner().run(scenario, instance, target.label());
    }
  }

  private static CheckOutcome check(Scenario scenario, String version, Path goldenDir, Transcript actual)
      throws IOException {
    Path file = goldenDir.resolve(scenario.name() + ".json");
    if (!Files.isRegularFile(file)) {
      return new CheckOutcome(scenario.name(), version, CheckOutcome.Status.NO_GOLDEN, List.of(), file + " missing",
          actual);
    }
    return GoldenCheck.compare(scenario, TranscriptJson.read(file), actual, version);
  }

  private static void verdict(String kind, CheckSummary summary, CheckOutcome outcome, String failure) {
    summary.add(outcome);
    RESULTS.add(kind, outcome);
    switch (outcome.status()) {
      case PASSED -> { }
      case UNSTABLE -> {
        System.out.println("[" + kind + " " + outcome.label() + "] " + outcome.report());
        Assumptions.abort("known unstable on " + outcome.label() + " (" + outcome.reason() + "), differs:\n"
            + String.join("\n", outcome.diff()));
      }
      default -> fail(failure + ":\n" + outcome.report());
    }
  }

  private static void save(String kind, String version, Transcript tr) throws IOException {
    Path dir = OUT.resolve(kind).resolve(version);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(tr.scenario() + ".json"), TranscriptJson.write(tr), StandardCharsets.ISO_8859_1);
  }

  private static boolean installed(String version) {
    return AVAILABILITY.computeIfAbsent(version, v -> {
      Optional<String> p = RealHaproxy.unavailable(v);
      p.ifPresent(why -> System.out.println("[real " + v + "] NOT INSTALLED: " + why
          + (RealHaproxy.inCi() ? " (CI=true: failing)" : " (skipping its real-HAProxy checks)")));
      return p;
    }).isEmpty();
  }

  private static String notInstalled(String version) {
    return "real HAProxy " + version + " not installed: " + AVAILABILITY.get(version).orElse("?");
  }

  private static void missing(String version) {
    if (RealHaproxy.inCi()) {
      fail("CI=true and real HAProxy " + version + " is missing: " + AVAILABILITY.get(version).orElse("?"));
    }
    Assumptions.abort("SKIPPED, " + notInstalled(version));
  }

  @AfterAll
  static void printSummary() throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append(REAL_VS_GOLDEN.format("Real HAProxy vs goldens (corpus scenarios):"));
    sb.append(SIM_VS_GOLDEN.format("Simulator vs goldens (corpus scenarios, versions with a real binary):"));
    sb.append(SIM_VS_REAL.format("Simulator vs real HAProxy, live (corpus scenarios):"));
    new TreeMap<>(AVAILABILITY).forEach((v, problem) -> problem.ifPresent(
        why -> sb.append("  ").append(v).append(": real HAProxy NOT RUN, ").append(why).append('\n')));
    String text = sb.toString();
    System.out.println(text);
    Files.createDirectories(OUT);
    Files.writeString(OUT.resolve("live-differential.txt"), text);
    RESULTS.write();
  }
}
