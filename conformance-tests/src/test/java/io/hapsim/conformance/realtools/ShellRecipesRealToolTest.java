package io.hapsim.conformance.realtools;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.report.WorksWithSection;
import io.hapsim.conformance.OneCommand;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import io.hapsim.conformance.replay.target.Target;
import io.hapsim.conformance.replay.target.TargetInstance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shell recipes of haproxy#2658, run with Debian's socat as users run them, 20,000 map entries at a time: the
 * prompt-mode session, one connection per entry (500 of them: a process each), and the one-connection stream that
 * 3.0 cut to its first line. On the simulator each ends as on real HAProxy of the same version: what socat printed
 * and how it exited, and how many entries the map holds. (The 2.x stream is a race on real HAProxy too, whose loss
 * rates {@code ./hapsim bench nonint-close} measures.)
 */
class ShellRecipesRealToolTest {
  private static final int ENTRIES = 20_000;
  /** One socat process per entry: enough to show what each connection does, and quick enough for every build. */
  private static final int LOOP_ENTRIES = 500;
  /**
   * socat's own error lines carry a date, its pid, pointers, and how much of a write the broken pipe cut (which
   * depends on when the close came, on real HAProxy as on the simulator).
   */
  private static final Pattern SOCAT_NOISE = Pattern.compile(
      "^\\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d socat\\[\\d+\\]|0x[0-9a-f]+|(?<=, )\\d+(?=\\): Broken pipe)",
      Pattern.MULTILINE);

  @TempDir
  Path tmp;

  /**
   * What one recipe left: socat's output (hashed), its errors (masked) and exit status, the map's size.
   *
   * @param stdout the output's SHA-256 and size; for the stream, only whether it is a prefix of the one answer the
   *               first line gets (socat may die of the broken pipe before it prints it, on real HAProxy too)
   */
  record Outcome(String stdout, String stderr, int exit, long entries) {}

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource({"prompt, 2.6", "prompt, 3.0", "prompt, 3.2", "prompt, 3.4", "loop, 2.6", "loop, 3.0", "loop, 3.2",
      "loop, 3.4", "stream, 3.0", "stream, 3.2", "stream, 3.4"})
  void aRecipeEndsAsOnRealHaproxy(String recipe, String version) throws Exception {
    RealTools.Both<Outcome> outcomes = RealTools.onBoth(WorksWithSection.SOCAT_RECIPES, "socat", version,
        (target, name) -> run(target, recipe, name));

    long expected = switch (recipe) {
      case "prompt" -> ENTRIES;
      case "loop" -> LOOP_ENTRIES;
      default -> 1; // 3.0+: the first line only
    };
    assertThat(outcomes.real().entries()).as("entries in the map on real HAProxy").isEqualTo(expected);
    assertThat(outcomes.simulated()).isEqualTo(outcomes.real());
  }

  private Outcome run(Target target, String recipe, String name) throws Exception {
    try (TargetInstance instance = target.start(ScenarioLoader.parse("{\"connections\": []}", "recipes"))) {
      Path socket = Path.of(instance.sockets().get("admin").substring("unix:".length()));
      String map = instance.vars().get("DIR") + "/b.map";
      String lines = "for i in $(seq 1 " + (recipe.equals("loop") ? LOOP_ENTRIES : ENTRIES) + "); do echo \"add map " + map
          + " k$i v$i\"; done";
      String script = switch (recipe) {
        case "prompt" -> "{ echo prompt; " + lines + "; echo quit; } | $SOCAT - unix:" + socket;
        case "loop" -> lines + " | while read -r line; do echo \"$line\" | $SOCAT - unix:" + socket + "; done";
        default -> lines + " | $SOCAT - unix:" + socket;
      };
      Path out = tmp.resolve(name + "-" + recipe + ".out");
      Path err = tmp.resolve(name + "-" + recipe + ".err");
      ProcessBuilder shell = new ProcessBuilder("bash", "-c", script).redirectOutput(out.toFile())
          .redirectError(err.toFile());
      shell.environment().put("SOCAT", RealTools.socat());
      Process p = shell.start();
      assertThat(p.waitFor(600, TimeUnit.SECONDS)).as(recipe + " ends").isTrue();
      byte[] stdout = Files.readAllBytes(out);
      String stderr = SOCAT_NOISE.matcher(Files.readString(err, StandardCharsets.ISO_8859_1)).replaceAll("<masked>");
      String shown = recipe.equals("stream") ? (stdout.length == 0 || new String(stdout, StandardCharsets.ISO_8859_1)
          .equals("\n") ? "the first line's answer or nothing" : "more: " + new String(stdout, StandardCharsets.ISO_8859_1))
          : HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(stdout)) + ", " + stdout.length
              + " bytes";
      return new Outcome(shown, stderr, p.exitValue(), entries(socket, map));
    }
  }

  private static long entries(Path socket, String map) throws IOException {
    return OneCommand.answer(socket, "show map " + map).lines().filter(line -> !line.isEmpty()).count();
  }

}
