package io.hapsim.conformance.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.replay.target.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompatMainTest {

  @TempDir
  Path tmp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int compat(String... args) {
    return CompatMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String printed() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void withoutInputPrintsEveryBehaviouralDifferenceAndTheCommandTableChanges() {
    assertThat(compat("3.2", "3.4")).isZero();

    assertThat(printed())
        .contains("from HAProxy 3.2 (3.2.26-1) to 3.4 (3.4.7-1)")
        .contains("  payloadBufferSize: ", "    3.2: 0\n", "    3.4: 131072\n")
        .contains("  oversizeCommand: ")
        .contains("'tune.bufsize'")
        .contains("    add map: user -> admin\n", "    show map: user -> admin\n")
        .contains("new on 3.4", "    add backend\n")
        .doesNotContain("  lineMode: ");
  }

  @Test
  void aScriptOnAnOperatorSocketShowsWhichCommandsAreRefusedAndWhy() throws IOException {
    Path script = tmp.resolve("deploy.txt");
    Files.writeString(script, "show map #2\n");

    assertThat(compat("3.2", "3.4", "--socket", "oper", script.toString())).isEqualTo(1);

    assertThat(printed())
        .contains("== deploy.txt: one connection for the whole file, socket oper")
        .contains("  line 1: show map #2\n")
        .contains("    3.2: \"0x")
        .contains("    3.4: \"Permission denied\"\n")
        .contains("    why: 'show map' needs level admin on 3.4 (any level on 3.2)\n")
        .contains("=> 1 difference(s) over 1 commands");
  }

  @Test
  void laterLinesOfAScriptAreNotAnsweredWhereOnlyTheFirstLineRuns() throws IOException {
    Path script = tmp.resolve("chunks.txt");
    Files.writeString(script, "add map #4 <<\nk1 v1\n\nadd map #4 <<\nk2 v2\n\nshow map #4\n");

    assertThat(compat("2.6", "3.0", script.toString())).isEqualTo(1);

    assertThat(printed())
        .contains("  line 4: add map #4 <<  (+1 payload lines)\n")
        .contains("    2.6: empty answer (success)\n")
        .contains("    3.0: not answered (the connection had closed)\n")
        .contains("    why: lineMode: 2.6 every command runs while more input is already buffered");
  }

  @Test
  void perLineSendsEachCommandOnItsOwnConnectionSoNothingIsLost() throws IOException {
    Path script = tmp.resolve("chunks.txt");
    Files.writeString(script, "add map #4 <<\nk1 v1\n\nshow map #4\n");

    assertThat(compat("2.6", "3.0", "--per-line", script.toString())).isZero();

    assertThat(printed()).contains("one connection per command line")
        .contains("=> same answers and outcome on both (2 commands)");
  }

  @Test
  void scenariosAreReplayedOnBothProfilesAndDiffed() {
    Path scenario = Corpus.locate().scenarios().resolve("024-long-line-over-bufsize.json");

    assertThat(compat("3.2", "3.4", scenario.toString())).isEqualTo(1);

    assertThat(printed()).contains("== 024-long-line-over-bufsize: differs").contains("'tune.bufsize'");
  }

  @Test
  void unknownProfilesAreAUsageError() {
    assertThat(compat("3.2", "9.9")).isEqualTo(2);

    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown HAProxy version profile '9.9'");
  }
}
