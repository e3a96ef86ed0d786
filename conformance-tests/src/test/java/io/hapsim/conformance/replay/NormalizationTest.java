package io.hapsim.conformance.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.replay.scenario.Scenario;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import io.hapsim.conformance.replay.text.Escape;
import io.hapsim.conformance.replay.text.Normalizer;
import io.hapsim.conformance.replay.text.PyJson;
import io.hapsim.conformance.replay.text.PyRegex;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Normalisation, escaping and the Python-compatible regex/JSON helpers (expectations from hatranscript.py). */
class NormalizationTest {
  private static final String DIR = "/tmp/hx-abcdefgh";

  private static Normalizer defaults(Map<String, String> vars) {
    return new Normalizer(vars, List.of(Normalizer.POINTER_RULE));
  }

  @Test
  void instanceDirectoryBecomesPlaceholderLongestValueFirst() {
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("DIR", DIR);
    vars.put("P", DIR + "/admin.sock");
    vars.put("Z", "z"); // too short to be replaced
    Normalizer n = defaults(vars);
    String s = DIR + "/admin.sock x " + DIR + "/a.map z";
    assertThat(n.text(s)).isEqualTo("{P} x {DIR}/a.map z");
    // lengths are counted per value on the original text, overlaps included (the reference's arithmetic)
    assertThat(n.length(DIR + "/admin.sock x " + DIR + "/a.map")).isEqualTo(6);
    assertThat(defaults(Map.of("DIR", DIR)).length("add map " + DIR + "/a.map k v\n")).isEqualTo(24);
  }

  @Test
  void aPidIsReplacedOnlyWhereItStandsAloneNotInsideALongerNumber() {
    Normalizer n = defaults(Map.of("WORKER_PID", "4321"));
    assertThat(n.text("@!4321 show info\nPid: 4321\nCumConns: 143210\n54321> "))
        .isEqualTo("@!{WORKER_PID} show info\nPid: {WORKER_PID}\nCumConns: 143210\n54321> ");
  }

  @Test
  void pointerRuleNeedsSixToSixteenLowercaseHexDigitsBetweenWordBoundaries() {
    Normalizer n = defaults(Map.of("DIR", DIR));
    assertThat(n.text("0x55d0c1a2b3c4 k v")).isEqualTo("0x<ptr> k v");
    assertThat(n.text("ptr=0x7f00aa11bb22\n")).isEqualTo("ptr=0x<ptr>\n");
    assertThat(n.text("0x12345 a")).isEqualTo("0x12345 a");
    assertThat(n.text("x0x1234567")).isEqualTo("x0x1234567");
    assertThat(n.text("0x1234567890abcdef0 q")).isEqualTo("0x1234567890abcdef0 q");
    assertThat(n.text("0xABCDEF12")).isEqualTo("0xABCDEF12");
  }

  @Test
  void scenarioRulesRunBeforeTheDefaultAndNormalizeDefaultsFalseDropsIt() {
    Scenario sc = ScenarioLoader.parse("""
        {"normalize": [{"regex": "Uptime: (\\\\d+)s", "replace": "Uptime: <\\\\1>"}],
         "connections": []}""", "t");
    assertThat(sc.effectiveRules()).hasSize(2).last().isEqualTo(Normalizer.POINTER_RULE);
    Normalizer n = new Normalizer(Map.of(), sc.effectiveRules());
    assertThat(n.text("Uptime: 12s 0xdeadbeef")).isEqualTo("Uptime: <12> 0x<ptr>");

    Scenario raw = ScenarioLoader.parse("{\"normalize_defaults\": false, \"connections\": []}", "t");
    assertThat(new Normalizer(Map.of(), raw.effectiveRules()).text("0xdeadbeef")).isEqualTo("0xdeadbeef");
  }

  @Test
  void pythonRegexSyntaxIsTranslated() {
    assertThat(PyRegex.compileText("(?P<n>a+)(?P=n)").matcher("aaaa").matches()).isTrue();
    assertThat(PyRegex.compileText("{DIR}x{2}").matcher("{DIR}xx").matches()).isTrue();
    assertThat(PyRegex.compileText("a{,2}b").matcher("aab").matches()).isTrue();
    assertThat(PyRegex.compileText("[[]x[]a]").matcher("[x]").matches()).isTrue();
    assertThat(PyRegex.compileText("end\\Z").matcher("end").matches()).isTrue();
    // capture patterns are byte patterns: ASCII word boundaries, ^ after \n only
    Pattern p = PyRegex.compileBytes("^\\bid=(\\w+)$", true);
    var m = p.matcher("x\u00e9id=1\r\nid=abc\n");
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).isEqualTo("abc");
    assertThat(new PyRegex.Replacement("[\\g<1>|\\1|\\n|\\\\]").replaceAll(Pattern.compile("(b)"), "abc"))
        .isEqualTo("a[b|b|\n|\\]c");
  }

  @Test
  void escapeIsTheReferenceRendering() {
    assertThat(Escape.esc("a\"b\\c\n\r\t\u0000\u007f\u00e9~")).isEqualTo("a\\\"b\\\\c\\n\\r\\t\\x00\\x7f\\xe9~");
  }

  @Test
  void pythonFloatAndJsonFormatting() throws Exception {
    assertThat(PyJson.floatRepr(0.3)).isEqualTo("0.3");
    assertThat(PyJson.floatRepr(2.0)).isEqualTo("2.0");
    assertThat(PyJson.floatRepr(0.0001)).isEqualTo("0.0001");
    assertThat(PyJson.floatRepr(0.00001)).isEqualTo("1e-05");
    assertThat(PyJson.floatRepr(1e16)).isEqualTo("1e+16");
    assertThat(PyJson.floatRepr(123456.5)).isEqualTo("123456.5");
    var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        "{\"b\": [1, 0.5, \"\\u00e9\\n\"], \"a\": {\"y\": true, \"x\": null}}");
    assertThat(PyJson.dumps(node)).isEqualTo("{\"a\": {\"x\": null, \"y\": true}, \"b\": [1, 0.5, \"\\u00e9\\n\"]}");
    assertThat(PyJson.dumps(node.get("b"), 2)).isEqualTo("[\n  1,\n  0.5,\n  \"\\u00e9\\n\"\n]");
  }
}
