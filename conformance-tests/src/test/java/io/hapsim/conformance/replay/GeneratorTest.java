package io.hapsim.conformance.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hapsim.conformance.replay.run.WriteUnits;
import io.hapsim.conformance.replay.scenario.Scenario;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import io.hapsim.conformance.replay.scenario.Step;
import io.hapsim.conformance.replay.target.Corpus;
import io.hapsim.conformance.replay.text.Latin1;
import io.hapsim.conformance.replay.text.Template;
import io.hapsim.conformance.replay.transcript.RecvSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Generators, substitution and the grouping of bytes into writes. Expected values were produced
 * with the reference tool (hatranscript.py) on the same inputs.
 */
class GeneratorTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<String> pieces(String json, Map<String, String> env) throws Exception {
    List<String> out = new ArrayList<>();
    ScenarioLoader.generator(JSON.readTree(json)).emit(env, out::add);
    return out;
  }

  private static List<String> units(String stepJson, Map<String, String> env) throws Exception {
    Scenario sc = ScenarioLoader.parse("{\"connections\": [{\"steps\": [" + stepJson + "]}]}", "t");
    List<String> out = new ArrayList<>();
    WriteUnits.forEach((Step.Write) sc.connections().get(0).steps().get(0), env, out::add);
    return out;
  }

  @Test
  void substitutesKnownTokensOnlyAndLeavesOtherBracesAlone() {
    Map<String, String> env = Map.of("DIR", "/tmp/hx-x", "N", "7");
    assertThat(Template.subst("add map {DIR}/a.map {N} {UNKNOWN} {} {1x} {N", env))
        .isEqualTo("add map /tmp/hx-x/a.map 7 {UNKNOWN} {} {1x} {N");
    assertThat(Template.subst("no braces", env)).isEqualTo("no braces");
  }

  @Test
  void repeatWithVarStartSepAndNestedNodes() throws Exception {
    String g = "{\"repeat\":3,\"var\":\"k\",\"start\":2,\"sep\":\"{k},\",\"body\":[\"a{k}\",{\"hex\":\"0d0a\"},"
        + "{\"text\":\"<{k}{X}>\"}]}";
    assertThat(pieces(g, Map.of("X", "x")))
        .containsExactly("a2", "\r\n", "<2x>", "3,", "a3", "\r\n", "<3x>", "4,", "a4", "\r\n", "<4x>");
  }

  @Test
  void repeatDefaultsToVarIStartingAtZero() throws Exception {
    assertThat(String.join("", pieces("{\"repeat\": 3, \"body\": \"k{i};\"}", Map.of()))).isEqualTo("k0;k1;k2;");
    assertThat(pieces("{\"repeat\": 0, \"body\": \"x\"}", Map.of())).isEmpty();
  }

  @Test
  void nestedLoopVariablesAreVisibleInsideAndShadowOutside() throws Exception {
    String g = "{\"repeat\": 2, \"var\": \"c\", \"body\": [\"<{c}>\", {\"repeat\": 2, \"var\": \"e\","
        + " \"body\": \"{c}.{e} \"}]}";
    assertThat(String.join("", pieces(g, Map.of("c", "outer")))).isEqualTo("<0>0.0 0.1 <1>1.0 1.1 ");
  }

  @Test
  void hexIsRawBytesWithoutSubstitutionAndToleratesSpaces() throws Exception {
    assertThat(pieces("{\"hex\": \"00 ff 7b44 4952 7d\"}", Map.of("DIR", "nope")))
        .containsExactly("\u0000\u00ff{DIR}");
    assertThatThrownBy(() -> pieces("{\"hex\": \"abc\"}", Map.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> pieces("{\"nope\": 1}", Map.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void genGroupsWholePiecesIntoWritesOfAtLeastChunkBytes() throws Exception {
    assertThat(units("{\"gen\": [\"ab\", \"cd\", \"e\", \"fgh\", \"\", \"i\"], \"chunk\": 3}", Map.of()))
        .containsExactly("abcd", "efgh", "i");
    // empty pieces still make a (zero-byte) write, as in the reference tool
    assertThat(units("{\"gen\": [\"\", \"\"], \"chunk\": 3}", Map.of())).containsExactly("");
    assertThat(units("{\"gen\": []}", Map.of())).isEmpty();
  }

  @Test
  void sendIsSplitIntoChunksAndSendHexIsOneWrite() throws Exception {
    assertThat(units("{\"send\": \"abcdefg\", \"chunk\": 3}", Map.of())).containsExactly("abc", "def", "g");
    assertThat(units("{\"send\": \"abcdefg\"}", Map.of())).containsExactly("abcdefg");
    assertThat(units("{\"send\": \"\", \"chunk\": 3}", Map.of())).isEmpty();
    assertThat(units("{\"send\": \"\"}", Map.of())).containsExactly("");
    assertThat(units("{\"send_hex\": \"0d0a\"}", Map.of())).containsExactly("\r\n");
  }

  /**
   * The bulk scenarios: same write sizes and bytes as the reference tool with a DIR of the length
   * fresh instance folders have ({@code /tmp/hx-XXXXXXXX}).
   */
  @Test
  void corpusBulkScenariosExpandExactlyLikeTheReferenceTool() throws Exception {
    Corpus corpus = Corpus.locate();
    Map<String, String> env = Map.of("DIR", "/tmp/hx-abcdefgh");
    assertUnits(corpus, "092-issue2658-prompt", 0, env, List.of(65553, 65536, 65554, 65540, 65554, 65550, 28397),
        "0a769e2ac2f9e05e935622922e7fbf7aba3565ad0d2578ce19ce4e11377befc9");
    assertUnits(corpus, "090-issue2658-chunks-nonint", 1, env,
        List.of(65551, 65536, 65554, 65544, 65554, 65550, 28311),
        "055c5199608fd80011824e730e890b87b27cead41f59fc0450beb62c72d867ed");
    List<Integer> bulk = new ArrayList<>(List.of(65548, 65575, 65575, 65575, 65575, 65575, 65542));
    for (int i = 0; i < 26; i++) {
      bulk.add(65565);
    }
    bulk.add(64125);
    assertUnits(corpus, "131-bulk-newline-50k-nonint", 0, env, bulk,
        "e475bad7bbb536dbbf7fafd3a44dcb9a3542e4dade0d59b4f6053c5e457556d5");
  }

  private static void assertUnits(Corpus corpus, String name, int conn, Map<String, String> env,
      List<Integer> sizes, String sha256) throws Exception {
    Scenario sc = ScenarioLoader.load(corpus.scenarios().resolve(name + ".json"));
    Step.Write step = (Step.Write) sc.connections().get(conn).steps().get(0);
    List<String> units = new ArrayList<>();
    WriteUnits.forEach(step, env, units::add);
    assertThat(units.stream().map(String::length).toList()).as(name).isEqualTo(sizes);
    assertThat(RecvSummary.sha256(String.join("", units))).as(name).isEqualTo(sha256);
  }

  @Test
  void latin1HelpersCountLikePython() {
    assertThat(Latin1.count("a\nb\n\n", '\n')).isEqualTo(3);
    assertThat(Latin1.count("aaaa", "aa")).isEqualTo(2);
    assertThatThrownBy(() -> Latin1.encode("\u20ac")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Latin1.encode("\u00e9")).containsExactly((byte) 0xe9);
  }
}
