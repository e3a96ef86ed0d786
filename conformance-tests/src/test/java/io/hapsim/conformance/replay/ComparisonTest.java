package io.hapsim.conformance.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.replay.check.CheckOutcome;
import io.hapsim.conformance.replay.check.CheckSummary;
import io.hapsim.conformance.replay.check.GoldenCheck;
import io.hapsim.conformance.replay.scenario.Scenario;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import io.hapsim.conformance.replay.target.Corpus;
import io.hapsim.conformance.replay.transcript.Renderer;
import io.hapsim.conformance.replay.transcript.Transcript;
import io.hapsim.conformance.replay.transcript.TranscriptDiff;
import io.hapsim.conformance.replay.transcript.TranscriptJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The comparison rules (what counts as a difference) and the diff report. */
class ComparisonTest {
  private static final Corpus CORPUS = Corpus.locate();

  private static String golden(String version, String name) throws Exception {
    return Files.readString(CORPUS.golden(version).resolve(name + ".json"));
  }

  private static Scenario scenario(String name) throws Exception {
    return ScenarioLoader.load(CORPUS.scenarios().resolve(name + ".json"));
  }

  @Test
  void everyGoldenComparedWithItselfPasses() throws Exception {
    try (Stream<Path> s = Files.walk(CORPUS.goldens())) {
      for (Path f : s.filter(p -> p.toString().endsWith(".json")).toList()) {
        Transcript t = TranscriptJson.read(f);
        assertThat(TranscriptDiff.diff(t, t, "golden", "actual")).as(f.toString()).isEmpty();
      }
    }
  }

  @Test
  void oneChangedByteFailsWithADiffNamingTheOffset() throws Exception {
    String text = golden("3.0", "053-get-map-str");
    Transcript g = TranscriptJson.parse(text);
    Transcript changed = TranscriptJson.parse(text.replace("found=yes", "found=yeS"));
    List<String> diff = TranscriptDiff.diff(g, changed, "golden", "actual");
    assertThat(diff).isNotEmpty();
    assertThat(diff.get(0)).isEqualTo("--- golden");
    assertThat(diff.get(1)).isEqualTo("+++ actual");
    assertThat(diff.get(2)).startsWith("@@ -");
    assertThat(diff).anyMatch(l -> l.startsWith("-    \"type=str, case=sensitive, found=yes"));
    assertThat(diff).anyMatch(l -> l.startsWith("+    \"type=str, case=sensitive, found=yeS"));
    String recv = g.connections().get(0).recvText();
    int offset = recv.indexOf("found=yes") + "found=ye".length();
    assertThat(diff.get(diff.size() - 1))
        .startsWith("  " + g.connections().get(0).name() + ": recv first differs at byte " + offset + ": A \"");

    CheckOutcome o = GoldenCheck.compare(scenario("053-get-map-str"), g, changed, "3.0");
    assertThat(o.status()).isEqualTo(CheckOutcome.Status.FAILED);
    assertThat(o.report()).startsWith("=== 053-get-map-str: DIFFERENT\n--- golden");
  }

  @Test
  void eofAndConnectionResetAreTheSameCloseUnlessStrict() throws Exception {
    String text = golden("3.0", "024-long-line-over-bufsize");
    assertThat(text).contains("\"end\": \"recv-error:ECONNRESET\"");
    Transcript g = TranscriptJson.parse(text);
    Transcript eof = TranscriptJson.parse(text.replace("\"end\": \"recv-error:ECONNRESET\"", "\"end\": \"eof\""));
    assertThat(TranscriptDiff.diff(g, eof, "a", "b")).isEmpty();
    assertThat(TranscriptDiff.diff(g, eof, "a", "b", true, false)).contains("-  end: recv-error:ECONNRESET",
        "+  end: eof");
    Transcript open = TranscriptJson.parse(text.replace("\"end\": \"recv-error:ECONNRESET\"", "\"end\": \"open\""));
    assertThat(TranscriptDiff.diff(g, open, "a", "b")).contains("-  end: closed", "+  end: open");
  }

  @Test
  void writtenCountsAndTimingAreIgnoredButResultsAndLengthsAreNot() throws Exception {
    String text = golden("3.0", "090-issue2658-chunks-nonint");
    Transcript g = TranscriptJson.parse(text);
    Transcript other = TranscriptJson.parse(text.replace("\"written\": 65177", "\"written\": 130000")
        .replace("\"open_s\": 0.0", "\"open_s\": 3.7").replace("\"close_after_s\": 0", "\"close_after_s\": 2"));
    assertThat(TranscriptDiff.diff(g, other, "a", "b")).isEmpty();
    assertThat(TranscriptDiff.diff(g, other, "a", "b", true, false)).isNotEmpty();
    assertThat(TranscriptDiff.diff(g, other, "a", "b", false, true)).isNotEmpty();
    Transcript stalled = TranscriptJson.parse(text.replace("\"result\": \"EPIPE\"", "\"result\": \"STALLED\""));
    assertThat(TranscriptDiff.diff(g, stalled, "a", "b")).contains("+  send 419400B/20400L in 7 writes: STALLED");
    Transcript writes = TranscriptJson.parse(text.replace("\"writes\": 7", "\"writes\": 8"));
    assertThat(TranscriptDiff.diff(g, writes, "a", "b")).isNotEmpty();
  }

  @Test
  void logIsComparedOnlyWhenBothSidesHaveOne() throws Exception {
    String text = golden("3.2", "040-perm-user-add-map");
    Transcript g = TranscriptJson.parse(text);
    Transcript noWarning = TranscriptJson.parse(text.replaceAll("(?s)\"log\": \\[.*\\]", "\"log\": []"));
    assertThat(TranscriptDiff.diff(g, noWarning, "a", "b"))
        .anyMatch(l -> l.startsWith("-    \"[WARNING]  (PID) : 'add map' accessed without admin rights"));
    Transcript noLog = new Transcript(g.format(), g.scenario(), g.label(), g.notes(), g.connections(), null);
    assertThat(TranscriptDiff.diff(g, noLog, "a", "b")).isEmpty();
  }

  @Test
  void unstableVersionsAreReportedNotFailed() throws Exception {
    Scenario sc = scenario("131-bulk-newline-50k-nonint");
    Transcript g26 = TranscriptJson.read(CORPUS.golden("2.6").resolve(sc.name() + ".json"));
    Transcript g24 = TranscriptJson.read(CORPUS.golden("2.4").resolve(sc.name() + ".json"));
    CheckOutcome o = GoldenCheck.compare(sc, g26, g24.withLabel("2.6"), "2.6");
    assertThat(o.status()).isEqualTo(CheckOutcome.Status.UNSTABLE);
    assertThat(o.failed()).isFalse();
    assertThat(o.diff()).isNotEmpty();
    assertThat(o.report()).startsWith("=== 131-bulk-newline-50k-nonint: DIFFERENT (known unstable: 2.x stops");

    Transcript g30 = TranscriptJson.read(CORPUS.golden("3.0").resolve(sc.name() + ".json"));
    Transcript g32 = TranscriptJson.read(CORPUS.golden("3.2").resolve(sc.name() + ".json"));
    assertThat(GoldenCheck.compare(sc, g30, g26, "3.0").status()).isEqualTo(CheckOutcome.Status.FAILED);
    assertThat(GoldenCheck.compare(sc, g30, g32, "3.0").status()).isEqualTo(CheckOutcome.Status.PASSED);

    CheckSummary summary = new CheckSummary();
    summary.add(o);
    summary.add(GoldenCheck.compare(sc, g30, g26, "3.0"));
    assertThat(summary.format("s")).contains("2.6: 0 passed / 0 failed / 1 unstable", "3.0: 0 passed / 1 failed / 0 unstable");
  }

  @Test
  void instabilityObservedHereWidensWhatTheRecordingDeclares() throws Exception {
    Scenario sc = scenario("092-issue2658-prompt");
    assertThat(sc.unstableFor("3.4")).get().asString().startsWith("3.2+ print the '+ ' payload prompt");
    assertThat(sc.unstableFor("3.2")).get().asString().contains("observed here: real 3.2 answered 642 bytes");
    assertThat(sc.unstableFor("3.0")).isEmpty();
    assertThat(ScenarioLoader.loadDirectory(CORPUS.scenarios()))
        .filteredOn(s -> s.name().equals(sc.name())).singleElement()
        .satisfies(s -> assertThat(s.unstable()).isEqualTo(sc.unstable()));
    assertThat(scenario("131-bulk-newline-50k-nonint").unstableFor("3.2")).isEmpty();
  }

  @Test
  void renderingMatchesTheReferenceLayout() throws Exception {
    Transcript g = TranscriptJson.parse(golden("3.2", "101-prompt-commands"));
    List<String> lines = Renderer.forComparison(true).render(g);
    assertThat(lines.subList(0, 7)).containsExactly(
        "scenario 101-prompt-commands [3.2]",
        "[c1 socket=admin]",
        "  connect: ok",
        "  send 7B/1L: ok",
        "  wait_for \"> \": ok",
        "  send 30B/1L: ok",
        "  wait_for \"> \": ok");
    assertThat(lines).contains("    \"> type=str, case=sensitive, found=yes, idx=tree, key=\\\"foo.local\\\", "
        + "value=\\\"be_foo\\\", type=\\\"str\\\"\\n\"", "  end: closed", "[log]");
    assertThat(Renderer.full().render(g)).contains("  end: eof",
        "  timing: {\"close_after_s\": 0, \"closed_during_steps\": false, \"first_byte_s\": 0.0, \"open_s\": 0.0}");
  }
}
