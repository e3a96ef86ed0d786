package io.hapsim.conformance.compat;

import io.hapsim.conformance.replay.run.ScenarioRunner;
import io.hapsim.conformance.replay.scenario.Scenario;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import io.hapsim.conformance.replay.target.TargetInstance;
import io.hapsim.conformance.replay.transcript.Transcript;
import io.hapsim.conformance.replay.transcript.TranscriptDiff;
import io.hapsim.conformance.simulator.SimulatorTarget;
import io.hapsim.simulator.version.VersionProfile;
import io.hapsim.simulator.version.VersionProfiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./hapsim compat FROM TO [--per-line] [--socket S] [SCENARIO|SCRIPT...]}: what a script meets when it
 * moves from one HAProxy version to another. With no input, the table of every behavioural difference between
 * the two profiles; with scenario files ({@code .json}, or folders of them), each scenario replayed on both and
 * compared; with any other file, that file sent as CLI traffic exactly as a script would and compared command by
 * command. Exit status: 0 nothing differs, 1 something does, 2 usage error.
 */
public final class CompatMain {

  static final String USAGE = String.join("\n",
      "usage: hapsim compat FROM TO [--per-line] [--socket admin|oper|user|tcp] [SCENARIO|SCRIPT...]",
      "",
      "  FROM, TO      version profiles (" + String.join(", ", VersionProfiles.labels()) + ")",
      "  no input      the table of every behavioural difference between the two profiles",
      "  SCENARIO      a scenario file (.json) or a folder of them: replayed on both, compared",
      "  SCRIPT        any other file: plain CLI traffic, sent as a script sends it, compared command by command",
      "  --per-line    send each command line (with its payload) on a connection of its own, as a loop of",
      "                socat calls does; by default the whole file goes on one connection, as socat < FILE does",
      "  --socket S    the socket scripts talk to (default admin)",
      "",
      "Scripts and scenarios run against the conformance fixture: maps {DIR}/a.map (#2), {DIR}/ip.map (#3),",
      "{DIR}/b.map (#4), ACL {DIR}/allow.acl (#0); write {DIR} in a script to name the instance's folder.");

  private CompatMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> positional = new ArrayList<>();
    boolean perLine = false;
    String socket = "admin";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--per-line" -> perLine = true;
        case "--socket" -> {
          if (i + 1 == args.length) {
            return usage(err, "--socket needs a value");
          }
          socket = args[++i];
        }
        case "-h", "--help" -> {
          out.println(USAGE);
          return 0;
        }
        default -> positional.add(args[i]);
      }
    }
    if (positional.size() < 2) {
      return usage(err, "FROM and TO are required");
    }
    VersionProfile from;
    VersionProfile to;
    try {
      from = VersionProfiles.get(positional.get(0));
      to = VersionProfiles.get(positional.get(1));
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage());
    }
    List<String> inputs = positional.subList(2, positional.size());
    if (inputs.isEmpty()) {
      ProfileReport.print(from, to, out);
      return 0;
    }
    try {
      int differences = 0;
      for (String input : inputs) {
        differences += compare(Path.of(input), from, to, perLine, socket, out);
      }
      return differences == 0 ? 0 : 1;
    } catch (IOException | RuntimeException e) {
      err.println("compat: " + e.getMessage());
      return 2;
    }
  }

  private static int compare(Path input, VersionProfile from, VersionProfile to, boolean perLine, String socket,
      PrintStream out) throws IOException {
    if (Files.isDirectory(input)) {
      int differences = 0;
      for (Scenario scenario : ScenarioLoader.loadDirectory(input)) {
        differences += compareScenario(scenario, from, to, out);
      }
      return differences;
    }
    if (input.toString().endsWith(".json")) {
      return compareScenario(ScenarioLoader.load(input), from, to, out);
    }
    String text = Files.readString(input, StandardCharsets.ISO_8859_1);
    ScriptScenario script = ScriptScenario.of(input.getFileName().toString(), text, perLine, socket);
    out.printf("== %s: %s, socket %s%n", input.getFileName(), perLine ? "one connection per command line"
        : "one connection for the whole file", socket);
    Transcript before = run(script.scenario(), from);
    Transcript after = run(script.scenario(), to);
    return new ScriptReport(new Reasons(from, to)).print(script, before, after, out);
  }

  private static int compareScenario(Scenario scenario, VersionProfile from, VersionProfile to, PrintStream out)
      throws IOException {
    List<String> diff = TranscriptDiff.diff(run(scenario, from), run(scenario, to), from.label(), to.label());
    out.printf("== %s: %s%n", scenario.name(), diff.isEmpty() ? "same on both" : "differs");
    diff.forEach(line -> out.println("  " + line));
    return diff.isEmpty() ? 0 : 1;
  }

  private static Transcript run(Scenario scenario, VersionProfile profile) throws IOException {
    SimulatorTarget target = SimulatorTarget.of(profile.label());
    try (TargetInstance instance = target.start(scenario)) {
      return new ScenarioRunner().run(scenario, instance, profile.label());
    }
  }

  private static int usage(PrintStream err, String problem) {
    err.println("compat: " + problem);
    err.println(USAGE);
    return 2;
  }
}
