package io.hapsim.conformance.info;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.FixtureAnswers;
import io.hapsim.conformance.RealHaproxyRequired;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The debugging dumps whose values a simulator can only make plausible ({@code show threads}, {@code show pools},
 * {@code show activity}) against real HAProxy on the corpus fixture: their layout and field names. Every hex pointer
 * and every number is masked, and the locks a thread took last (3.2+), which depend on what it did. Which thread answers and what it runs vary on real, so {@code show threads} is compared
 * as the set of its line shapes, the answering mark left out; the others line by line.
 */
class DebugDumpsLiveTest {
  private static final List<String> COMMANDS = List.of("show threads", "show pools", "show activity",
      "user:show activity");
  private static final int THREADS = 0;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void theLayoutsAreRealHaproxys(String version) throws Exception {
    RealHaproxyRequired.require(version, "debugging dumps against real HAProxy " + version);

    FixtureAnswers answers = FixtureAnswers.ask(version, COMMANDS, DebugDumpsLiveTest::masked);

    assertThat(answers.real().get(THREADS)).as("real HAProxy dumped its threads").contains("Thread <N> : id=<P>");
    assertThat(lineShapes(answers.simulated().get(THREADS))).as("show threads")
        .isEqualTo(lineShapes(answers.real().get(THREADS)));
    FixtureAnswers rest = new FixtureAnswers(COMMANDS.subList(1, COMMANDS.size()),
        answers.real().subList(1, COMMANDS.size()), answers.simulated().subList(1, COMMANDS.size()));
    rest.assertSimulatorAnswersAsReal();
  }

  private static String masked(String answer) {
    return answer.replaceAll("lock_hist: .*", "lock_hist: <locks>").replaceAll("0x[0-9a-f]+", "<P>").replaceAll("\\b[0-9a-f]*[0-9][0-9a-f]*\\b", "<N>");
  }

  private static TreeSet<String> lineShapes(String answer) {
    return new TreeSet<>(answer.lines().map(line -> line.replaceFirst("^\\* ", "  ")).toList());
  }
}
