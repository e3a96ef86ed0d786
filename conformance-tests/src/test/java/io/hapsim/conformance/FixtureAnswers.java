package io.hapsim.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import io.hapsim.conformance.replay.target.RealHaproxyTarget;
import io.hapsim.conformance.replay.target.Target;
import io.hapsim.conformance.replay.target.TargetInstance;
import io.hapsim.conformance.simulator.SimulatorTarget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The same commands asked of real HAProxy and of the simulator of that version on the corpus fixture, one connection
 * each ({@code "oper:show env"} asks on the operator socket), every answer masked alike.
 *
 * @param commands  what was asked
 * @param real      what real HAProxy answered, masked
 * @param simulated what the simulator answered, masked
 */
public record FixtureAnswers(List<String> commands, List<String> real, List<String> simulated) {

  /** What is volatile in an answer, replaced before comparing. */
  public interface Masking {
    String apply(String answer) throws IOException;
  }

  public static FixtureAnswers ask(String version, List<String> commands, Masking masking) throws Exception {
    return new FixtureAnswers(List.copyOf(commands), answers(RealHaproxyTarget.of(version), commands, masking),
        answers(SimulatorTarget.of(version), commands, masking));
  }

  /** Each simulated answer is the real one, byte for byte once masked. */
  public void assertSimulatorAnswersAsReal() {
    for (int i = 0; i < commands.size(); i++) {
      assertThat(simulated.get(i)).as(commands.get(i)).isEqualTo(real.get(i));
    }
  }

  private static List<String> answers(Target target, List<String> commands, Masking masking) throws Exception {
    try (TargetInstance instance = target.start(ScenarioLoader.parse("{\"connections\": []}", "fixture-answers"))) {
      List<String> answers = new ArrayList<>();
      for (String command : commands) {
        answers.add(masking.apply(OneCommand.answer(instance, command)));
      }
      return answers;
    }
  }
}
