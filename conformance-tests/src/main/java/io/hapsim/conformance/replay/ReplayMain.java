package io.hapsim.conformance.replay;

import io.hapsim.conformance.replay.check.CheckOutcome;
import io.hapsim.conformance.replay.check.CheckSummary;
import io.hapsim.conformance.replay.check.GoldenCheck;
import io.hapsim.conformance.replay.run.RunOptions;
import io.hapsim.conformance.replay.run.ScenarioRunner;
import io.hapsim.conformance.replay.scenario.Scenario;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import io.hapsim.conformance.replay.target.ExistingSocketsTarget;
import io.hapsim.conformance.replay.target.RealHaproxyTarget;
import io.hapsim.conformance.replay.target.Target;
import io.hapsim.conformance.replay.target.TargetInstance;
import io.hapsim.conformance.replay.transcript.Renderer;
import io.hapsim.conformance.replay.transcript.Transcript;
import io.hapsim.conformance.replay.transcript.TranscriptJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command line of the replayer (a small subset of the reference tool's):
 *
 * <pre>
 *   run   -t TARGET [-o DIR] [-k SUBSTR]... [--stall-timeout S] SCENARIO_FILE_OR_DIR...
 *   check -t TARGET --golden DIR [-k SUBSTR]... SCENARIO_FILE_OR_DIR...
 * </pre>
 *
 * TARGET is {@code real:VERSION} (fresh real HAProxy per scenario, see scripts/install-real-haproxy)
 * or an existing-sockets spec ({@code sockets=DIR}, {@code admin=unix:/x.sock,tcp=127.0.0.1:9999}).
 */
public final class ReplayMain {
  private ReplayMain() {}

  public static void main(String[] args) throws IOException {
    System.exit(run(args));
  }

  static int run(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: (run|check) -t TARGET [--label L] [-o DIR] [--golden DIR] [-k SUBSTR] "
          + "[--stall-timeout S] [--gen-write-gap S_PER_64KIB] SCENARIOS...");
      return 2;
    }
    String cmd = args[0];
    String targetSpec = null;
    String label = null;
    Path out = null;
    Path golden = null;
    RunOptions options = RunOptions.DEFAULTS;
    List<String> select = new ArrayList<>();
    List<Path> inputs = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "-t", "--target" -> targetSpec = args[++i];
        case "--label" -> label = args[++i];
        case "-o", "--out" -> out = Path.of(args[++i]);
        case "--golden" -> golden = Path.of(args[++i]);
        case "-k", "--select" -> select.add(args[++i]);
        case "--stall-timeout" -> options = options.withStallTimeout(Double.parseDouble(args[++i]));
        case "--gen-write-gap" -> options = options.withGenWriteGap(Double.parseDouble(args[++i]));
        default -> inputs.add(Path.of(args[i]));
      }
    }
    if (targetSpec == null) {
      System.err.println("no target (-t real:3.0 or -t sockets=DIR)");
      return 2;
    }
    Target target = targetSpec.startsWith("real:")
        ? RealHaproxyTarget.of(targetSpec.substring(5))
        : ExistingSocketsTarget.fromSpec(targetSpec, label, false);
    List<Scenario> scenarios = new ArrayList<>();
    for (Path p : inputs) {
      for (Scenario sc : Files.isDirectory(p) ? ScenarioLoader.loadDirectory(p) : List.of(ScenarioLoader.load(p))) {
        if (select.isEmpty() || select.stream().anyMatch(s -> sc.name().contains(s))) {
          scenarios.add(sc);
        }
      }
    }
    ScenarioRunner runner = new ScenarioRunner(options);
    switch (cmd) {
      case "run" -> {
        if (out != null) {
          Files.createDirectories(out);
        }
        for (Scenario sc : scenarios) {
          Transcript tr;
          try (TargetInstance inst = target.start(sc)) {
            tr = runner.run(sc, inst, target.label());
          }
          if (out != null) {
            Files.writeString(out.resolve(sc.name() + ".json"), TranscriptJson.write(tr), StandardCharsets.ISO_8859_1);
          } else {
            System.out.println(String.join("\n", Renderer.full().render(tr)));
            System.out.println();
          }
        }
        return 0;
      }
      case "check" -> {
        if (golden == null) {
          System.err.println("check needs --golden DIR");
          return 2;
        }
        CheckSummary summary = new CheckSummary();
        GoldenCheck check = new GoldenCheck(runner);
        for (Scenario sc : scenarios) {
          CheckOutcome o = check.check(sc, target, golden);
          summary.add(o);
          System.out.println(o.report());
        }
        System.out.print(summary.format("summary:"));
        return summary.failed(target.label()) > 0 ? 1 : 0;
      }
      default -> {
        System.err.println("unknown command " + cmd);
        return 2;
      }
    }
  }
}
