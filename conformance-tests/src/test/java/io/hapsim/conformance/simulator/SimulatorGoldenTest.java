package io.hapsim.conformance.simulator;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.hapsim.conformance.replay.check.CheckOutcome;
import io.hapsim.conformance.replay.check.CheckSummary;
import io.hapsim.conformance.replay.check.GoldenCheck;
import io.hapsim.conformance.replay.scenario.Scenario;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import io.hapsim.conformance.replay.target.Corpus;
import io.hapsim.conformance.replay.transcript.TranscriptJson;
import io.hapsim.conformance.report.Results;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every corpus scenario against the simulator of the recorded profiles that have no real binary here (2.4, 2.8.0,
 * 2.8, 3.1, 3.3), compared with what the real version answered ({@code golden/<profile>}). The profiles with a real
 * binary (2.6, 3.0, 3.2, 3.4) are compared with their goldens by {@link LiveDifferentialTest}, from the same run that is
 * compared live with real HAProxy. Unstable scenarios that differ are reported and skipped, not failed. What the
 * simulator answered is kept under {@code target/conformance/simulator/<profile>/}.
 */
class SimulatorGoldenTest {

    /** Recorded profiles without a binary here; the others are in {@link LiveDifferentialTest}. */
    static final List<String> PROFILES = List.of("2.4", "2.8.0", "2.8", "3.1", "3.3");
    private static final CheckSummary SUMMARY = new CheckSummary();
    private static final Results RESULTS = new Results("simulator-golden");
    private static final Path OUT = Path.of("target", "conformance", "simulator");

    @TestFactory
    Stream<DynamicContainer> corpusScenariosOnTheSimulator() throws IOException {
        Corpus corpus = Corpus.locate();
        // -Dhapsim.scenarios=090,131 runs only scenarios whose name contains one of these (debugging)
        String only = System.getProperty("hapsim.scenarios", "");
        List<Scenario> scenarios = ScenarioLoader.loadDirectory(corpus.scenarios()).stream()
                .filter(sc -> only.isBlank()
                        || Stream.of(only.split(",")).anyMatch(s -> sc.name().contains(s.strip())))
                .toList();
        return PROFILES.stream().map(profile -> dynamicContainer("simulator " + profile,
                scenarios.stream().map(sc -> scenarioTest(sc, profile, corpus.golden(profile)))));
    }

    private static DynamicTest scenarioTest(Scenario scenario, String profile, Path goldenDir) {
        return dynamicTest(scenario.name() + " [" + profile + "]", () -> {
            if (!Files.exists(goldenDir.resolve(scenario.name() + ".json"))) {
                // scenarios from 140 were not recorded on 2.8.14 (corpus/README.md): nothing to compare with
                String why = "no recording of this scenario on " + profile;
                RESULTS.add(Results.SIMULATOR_VS_GOLDEN, profile, scenario.name(), "SKIPPED", why, List.of());
                Assumptions.abort(why);
            }
            CheckOutcome outcome;
            try {
                outcome = new GoldenCheck().check(scenario, SimulatorTarget.of(profile), goldenDir);
            } catch (IOException | RuntimeException e) {
                SUMMARY.addError(profile, scenario.name());
                RESULTS.add(Results.SIMULATOR_VS_GOLDEN, profile, scenario.name(), "ERROR", e.toString(), List.of());
                throw e;
            }
            SUMMARY.add(outcome);
            RESULTS.add(Results.SIMULATOR_VS_GOLDEN, outcome);
            if (outcome.actual() != null) {
                Path dir = OUT.resolve(profile);
                Files.createDirectories(dir);
                Files.writeString(dir.resolve(scenario.name() + ".json"), TranscriptJson.write(outcome.actual()),
                        StandardCharsets.ISO_8859_1);
            }
            switch (outcome.status()) {
                case PASSED -> {
                }
                case UNSTABLE -> Assumptions.abort("known unstable on " + profile + " (" + outcome.reason()
                        + "), differs:\n" + String.join("\n", outcome.diff()));
                default -> fail("simulator " + profile + " differs from golden/" + profile + ":\n"
                        + outcome.report());
            }
        });
    }

    @AfterAll
    static void printSummary() throws IOException {
        String text = SUMMARY.format("Simulator vs goldens (corpus scenarios, profiles not compared live):");
        System.out.println(text);
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve("summary.txt"), text);
        RESULTS.write();
    }
}
