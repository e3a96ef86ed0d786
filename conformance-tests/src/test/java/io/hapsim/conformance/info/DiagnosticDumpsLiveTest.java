package io.hapsim.conformance.info;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.FixtureAnswers;
import io.hapsim.conformance.RealHaproxyRequired;
import io.hapsim.conformance.StartupLogs;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The diagnostic dumps the simulator answers ({@code show events}, {@code show servers conn}, {@code show tasks},
 * {@code show profiling}, {@code show startup-logs}, {@code show resolvers} with the host's default section,
 * {@code show peers} without peers) against real HAProxy on the corpus fixture, byte for byte. Masked: the count of
 * tasks queued at that moment (a real process sometimes has the asking connection's own task in its run queue), pids,
 * and the executable's path (a simulator's is the Java runtime's).
 */
class DiagnosticDumpsLiveTest {
  private static final List<String> COMMANDS = List.of("show events", "show servers conn", "show servers conn be",
      "show servers conn fe", "show servers conn nope", "show tasks", "oper:show profiling", "show profiling",
      "oper:show startup-logs", "show resolvers", "show resolvers default", "show resolvers nope", "user:show peers",
      "show peers dict", "show peers nope");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void theDumpsAreRealHaproxys(String version) throws Exception {
    RealHaproxyRequired.require(version, "diagnostic dumps against real HAProxy " + version);

    FixtureAnswers answers = FixtureAnswers.ask(version, COMMANDS, DiagnosticDumpsLiveTest::masked);

    assertThat(answers.real().get(1)).as("real HAProxy listed its servers").contains("\nbe/s1 ");
    answers.assertSimulatorAnswersAsReal();
  }

  private static String masked(String answer) {
    return StartupLogs.masked(answer.replaceFirst("^Running tasks: \\d+", "Running tasks: N")
        .replaceAll("(?m)^  \\w+\\+0 .*\n", ""));
  }
}
