package io.hapsim.conformance.info;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.FixtureAnswers;
import io.hapsim.conformance.RealHaproxyRequired;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The debugging dumps whose values a simulator can only make plausible ({@code show threads}, {@code show fd},
 * {@code show libs}, {@code show pools}, {@code show activity}) against real HAProxy on the corpus fixture: their layout and field names.
 * Every hex pointer and every number is masked, the locks a thread took last (3.2+), which depend on what it did, and
 * the polling state of a connection's descriptor, which depends on the moment. Which thread answers and what it runs
 * vary on real, so {@code show threads} is compared as the set of its line shapes, the answering mark left out; each
 * line of {@code show fd} must have the shape of one of real's (real also lists its frontends' listeners and its
 * poller's pipes); {@code show libs} lists objects of the same shape (their paths masked: a simulator's are its
 * Java runtime's); the others line by line.
 */
class DebugDumpsLiveTest {
  private static final List<String> COMMANDS = List.of("show threads", "show fd", "show libs", "show pools",
      "show activity", "user:show activity", "user:show fd", "user:show libs");
  private static final int THREADS = 0;
  private static final int FDS = 1;
  private static final int LIBS = 2;
  private static final int LINE_BY_LINE = 3;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void theLayoutsAreRealHaproxys(String version) throws Exception {
    RealHaproxyRequired.require(version, "debugging dumps against real HAProxy " + version);

    FixtureAnswers answers = FixtureAnswers.ask(version, COMMANDS, DebugDumpsLiveTest::masked);

    assertThat(answers.real().get(THREADS)).as("real HAProxy dumped its threads").contains("Thread <N> : id=<P>");
    assertThat(lineShapes(answers.simulated().get(THREADS))).as("show threads")
        .isEqualTo(lineShapes(answers.real().get(THREADS)));
    assertThat(answers.real().get(FDS)).as("real HAProxy listed its descriptors").contains("fe=GLOBAL fam=unix");
    assertThat(lineShapes(answers.real().get(FDS))).as("show fd")
        .containsAll(lineShapes(answers.simulated().get(FDS)));
    assertThat(lineShapes(answers.simulated().get(LIBS).replaceAll(" /\\S+", " <path>"))).as("show libs")
        .isEqualTo(lineShapes(answers.real().get(LIBS).replaceAll(" /\\S+", " <path>")));
    FixtureAnswers rest = new FixtureAnswers(COMMANDS.subList(LINE_BY_LINE, COMMANDS.size()),
        answers.real().subList(LINE_BY_LINE, COMMANDS.size()),
        answers.simulated().subList(LINE_BY_LINE, COMMANDS.size()));
    rest.assertSimulatorAnswersAsReal();
  }

  private static String masked(String answer) {
    return answer.replaceAll("lock_hist: .*", "lock_hist: <locks>")
        .replaceAll("st=0x\\w+\\([^)]*\\)(.*sock_conn_iocb)", "st=<state>$1").replaceAll("0x[0-9a-f]+", "<P>")
        .replaceAll("\\b[0-9a-f]*[0-9][0-9a-f]*\\b", "<N>");
  }

  private static TreeSet<String> lineShapes(String answer) {
    return new TreeSet<>(answer.lines().map(line -> line.replaceFirst("^\\* ", "  ")).toList());
  }
}
