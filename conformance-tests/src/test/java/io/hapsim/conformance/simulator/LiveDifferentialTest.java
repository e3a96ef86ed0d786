package io.hapsim.conformance.replay;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.hapsim.conformance.replay.check.CheckOutcome;
import io.hapsim.conformance.replay.check.CheckSummary;
import io.hapsim.conformance.replay.check.GoldenCheck;
import io.hapsim.conformance.replay.scenario.Scenario;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import io.hapsim.conformance.replay.target.RealHaproxy;
import io.hapsim.conformance.replay.target.RealHaproxyTarget;
import io.hapsim.conformance.replay.target.SharedDir;
import io.hapsim.conformance.replay.transcript.TranscriptJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every shared scenario on real HAProxy 2.6, 3.0 and 3.2 (installed by {@code
 * scripts/install-real-haproxy}), compared with {@code golden/<version>}: proves that the Java
 * replayer reproduces what the reference tool recorded.
 *
 * <p>Scenarios declared unstable for a version that differ are reported as skipped (with their
 * diff), not failed. A version whose binary is missing fails every test in CI ({@code CI=true})
 * and is skipped with a clear message elsewhere. What each run answered is written under {@code
 * target/conformance/real-haproxy/<version>/} for inspection.
 */
class RealHaproxyGoldenTest {
  private static final CheckSummary SUMMARY = new CheckSummary();
  private static final Map<String, Optional<String>> AVAILABILITY = new ConcurrentHashMap<>();
  private static final Path OUT = Path.of("target", "conformance", "real-haproxy");

  @TestFactory
  Stream<DynamicContainer> sharedScenariosOnRealHaproxy() throws IOException {
    SharedDir shared = SharedDir.locate();
    // -Dhapsim.scenarios=090,131 runs only scenarios whose name contains one of these (debugging)
    String only = System.getProperty("hapsim.scenarios", "");
    List<Scenario> scenarios = ScenarioLoader.loadDirectory(shared.scenarios()).stream()
        .filter(sc -> only.isBlank() || Stream.of(only.split(",")).anyMatch(s -> sc.name().contains(s.strip())))
        .toList();
    return RealHaproxy.VERSIONS.stream().map(v -> dynamicContainer("haproxy " + v,
        scenarios.stream().map(sc -> scenarioTest(sc, v, shared.golden(v)))));
  }

  private static DynamicTest scenarioTest(Scenario scenario, String version, Path goldenDir) {
    return dynamicTest(scenario.name() + " [" + version + "]", () -> {
      requireInstalled(version);
      CheckOutcome outcome;
      try {
        outcome = new GoldenCheck().check(scenario, RealHaproxyTarget.of(version), goldenDir);
      } catch (IOException | RuntimeException e) {
        SUMMARY.addError(version, scenario.name());
        throw e;
      }
      SUMMARY.add(outcome);
      if (outcome.actual() != null) {
        Path dir = OUT.resolve(version);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(scenario.name() + ".json"), TranscriptJson.write(outcome.actual()),
            java.nio.charset.StandardCharsets.ISO_8859_1);
      }
      switch (outcome.status()) {
        case PASSED -> { }
        case UNSTABLE -> {
          System.out.println("[real " + version + "] " + outcome.report());
          Assumptions.abort("known unstable on " + version + " (" + outcome.reason() + "), differs:\n"
              + String.join("\n", outcome.diff()));
        }
        default -> fail("real haproxy " + version + " differs from golden/" + version + ":\n" + outcome.report());
      }
    });
  }

  private static void requireInstalled(String version) {
    Optional<String> problem = AVAILABILITY.computeIfAbsent(version, v -> {
      Optional<String> p = RealHaproxy.unavailable(v);
      p.ifPresent(why -> System.out.println("[real " + v + "] NOT INSTALLED: " + why
          + (RealHaproxy.inCi() ? " (CI=true: failing)" : " (skipping its scenarios)")));
      return p;
    });
    if (problem.isPresent()) {
      if (RealHaproxy.inCi()) {
        fail("CI=true and real HAProxy " + version + " is missing: " + problem.get());
      }
      Assumptions.abort("SKIPPED, real HAProxy " + version + " not installed here: " + problem.get());
    }
  }

  @AfterAll
  static void printSummary() throws IOException {
    StringBuilder sb = new StringBuilder(SUMMARY.format("Real HAProxy vs goldens (shared scenarios):"));
    new java.util.TreeMap<>(AVAILABILITY).forEach((v, problem) -> problem.ifPresent(
        why -> sb.append("  ").append(v).append(": NOT RUN, ").append(why).append('\n')));
    String text = sb.toString();
    System.out.println(text);
    Files.createDirectories(OUT);
    Files.writeString(OUT.resolve("summary.txt"), text);
  }
}
