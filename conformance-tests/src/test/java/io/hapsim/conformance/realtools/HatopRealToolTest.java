package io.hapsim.conformance.realtools;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.report.WorksWithSection;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import io.hapsim.conformance.replay.target.Target;
import io.hapsim.conformance.replay.target.TargetInstance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Debian's hatop, unmodified, in a tmux window of 120 x 40 on the corpus fixture's admin socket: every screen (status,
 * traffic, HTTP, errors, and its CLI after a command) shows on the simulator what it shows on real HAProxy of the
 * same version, once its clock, the process's uptime and pid, its run queue (show info's Run_queue, a momentary
 * count: real 3.4 once showed 1 where it usually shows 0), and the servers' time since their last change are
 * masked.
 */
class HatopRealToolTest {
  private static final List<Pattern> VOLATILE = List.of(
      Pattern.compile("\\w{3} \\w{3} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d \\d{4}"), // hatop's clock
      Pattern.compile("uptime \\d+d \\d+h\\d\\dm\\d\\ds"),
      Pattern.compile("PID: \\d+"),
      Pattern.compile("(?<=Queue:) +\\d+"));

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void everyScreenShowsWhatItShowsOnRealHaproxy(String version) throws Exception {
    RealTools.Both<Map<String, String>> screens = RealTools.onBoth(WorksWithSection.HATOP, "hatop", version,
        (target, name) -> screens(target, name + "-" + version));

    Map<String, String> real = screens.real();
    assertThat(real.get("1-status")).as("hatop read real HAProxy").contains("HAProxy Version: " + version)
        .contains(">>> be");
    screens.simulated().forEach((screen, shown) -> assertThat(shown).as(screen).isEqualTo(real.get(screen)));
  }

  /** What hatop shows on each screen of a fresh instance, masked. */
  private static Map<String, String> screens(Target target, String name) throws Exception {
    try (TargetInstance instance = target.start(ScenarioLoader.parse("{\"connections\": []}", "hatop"));
        Tmux tmux = Tmux.start("hatop-" + name.replace('.', '-'), RealTools.launcher().toString(), "hatop", "-s",
            instance.sockets().get("admin").substring("unix:".length()))) {
      Map<String, String> screens = new LinkedHashMap<>();
      screens.put("1-status", masked(tmux.await(s -> s.contains(">>> be") && s.contains("BACKEND"))));
      for (String key : List.of("2-traffic", "3-http", "4-errors")) {
        tmux.keys(key.substring(0, 1));
        String header = key.equals("2-traffic") ? "LBTOT" : key.equals("3-http") ? "1xx" : "DREQ";
        screens.put(key, masked(tmux.await(s -> s.contains(header) && s.contains(">>> be"))));
      }
      tmux.keys("5");
      tmux.await(s -> s.contains("CLI"));
      tmux.keys("get weight be/s1", "Enter");
      screens.put("5-cli", masked(tmux.await(s -> s.contains("(initial"))));
      return screens;
    }
  }

  private static String masked(String screen) {
    String text = screen;
    for (Pattern p : VOLATILE) {
      text = p.matcher(text).replaceAll("<masked>");
    }
    return maskedColumn(text, " CL ");
  }

  /**
   * The screen with a 3-character, right-aligned column blanked in every row: {@code CL}, the time since a server's
   * last change, counts from the instance's start, as the uptime does.
   */
  private static String maskedColumn(String screen, String header) {
    List<String> lines = new ArrayList<>(screen.lines().toList());
    int headerRow = -1;
    for (int i = 0; i < lines.size() && headerRow < 0; i++) {
      headerRow = lines.get(i).startsWith("NAME") && lines.get(i).contains(header) ? i : -1;
    }
    if (headerRow < 0) {
      return screen;
    }
    int end = lines.get(headerRow).indexOf(header) + header.length() - 1;
    for (int i = headerRow + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.length() >= end && !line.startsWith(">>>")) {
        lines.set(i, line.substring(0, end - 3) + "###" + line.substring(end));
      }
    }
    return String.join("\n", lines);
  }

  /** A detached tmux session of its own server, running one program in a window of fixed size. */
  private static final class Tmux implements AutoCloseable {
    private final String socket;

    private Tmux(String socket) {
      this.socket = socket;
    }

    static Tmux start(String name, String... program) throws IOException, InterruptedException {
      Tmux tmux = new Tmux("hapsim-" + name + "-" + ProcessHandle.current().pid());
      List<String> command = new ArrayList<>(List.of("new-session", "-d", "-s", "main", "-x", "120", "-y", "40"));
      command.add(String.join(" ", program));
      tmux.run(command.toArray(String[]::new));
      return tmux;
    }

    void keys(String... keys) throws IOException, InterruptedException {
      List<String> command = new ArrayList<>(List.of("send-keys", "-t", "main"));
      command.addAll(List.of(keys));
      run(command.toArray(String[]::new));
    }

    /**
     * The screen once {@code ready} holds for it and it stays the same over two captures 150 ms apart, 20 s at
     * most: hatop redraws once a second, row by row, and a capture in the middle of a redraw mixes two screens.
     */
    String await(Predicate<String> ready) throws IOException, InterruptedException {
      String screen = "";
      for (int attempt = 0; attempt < 200; attempt++) {
        screen = run("capture-pane", "-p", "-t", "main");
        if (ready.test(screen)) {
          Thread.sleep(150);
          if (screen.equals(run("capture-pane", "-p", "-t", "main"))) {
            return screen;
          }
        }
        Thread.sleep(100);
      }
      throw new AssertionError("hatop never showed what was awaited; last screen:\n" + screen);
    }

    private String run(String... args) throws IOException, InterruptedException {
      List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
      command.addAll(List.of(args));
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException(String.join(" ", command) + " failed: " + out);
      }
      return out;
    }

    @Override
    public void close() throws IOException, InterruptedException {
      run("kill-server");
    }
  }
}
