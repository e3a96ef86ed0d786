package io.hapsim.conformance.info;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hapsim.conformance.FixtureAnswers;
import io.hapsim.conformance.RealHaproxyRequired;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code show info desc}, {@code show info typed desc} and {@code show info json} against real HAProxy on the corpus
 * fixture: the same fields in the same order with the same tags, types and descriptions, and JSON of the same shape
 * whose values have the same JSON types. (The values themselves are {@link ShowInfoLiveTest}'s.)
 */
class ShowInfoFormatsLiveTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> COMMANDS = List.of("show info desc", "show info typed desc", "show info json",
      "show info typed json desc", "show info json typed");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void theFormatsAreRealHaproxys(String version) throws Exception {
    RealHaproxyRequired.require(version, "show info formats against real HAProxy " + version);

    FixtureAnswers answers = FixtureAnswers.ask(version, COMMANDS, ShowInfoFormatsLiveTest::valuesMasked);

    assertThat(answers.real().get(0)).as("real HAProxy described its fields")
        .contains("Name: <value>:\"Product name\"\n");
    answers.assertSimulatorAnswersAsReal();
  }

  /** The answer with each field's value replaced (JSON values by their JSON type). */
  private static String valuesMasked(String answer) throws IOException {
    if (answer.startsWith("[")) {
      assertThat(answer).endsWith("]\n\n");
      JsonNode fields = JSON.readTree(answer);
      for (JsonNode field : fields) {
        ObjectNode value = (ObjectNode) field.get("value");
        value.put("value", value.get("value").getNodeType().name());
      }
      return fields.toPrettyString();
    }
    StringBuilder masked = new StringBuilder();
    for (String line : answer.split("\n", -1)) {
      int quote = line.indexOf(":\"");
      String head = line.matches("\\d+\\..*") ? line.substring(0, nthColon(line, 3) + 1) : line.contains(": ")
          ? line.substring(0, line.indexOf(": ") + 2) : line;
      masked.append(head.equals(line) ? line : head + "<value>" + (quote > 0 ? line.substring(quote) : ""))
          .append('\n');
    }
    return masked.toString();
  }

  private static int nthColon(String line, int n) {
    int at = -1;
    for (int i = 0; i < n; i++) {
      at = line.indexOf(':', at + 1);
    }
    return at;
  }

}
