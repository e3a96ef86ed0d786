package io.hapsim.conformance.replay;

import io.hapsim.conformance.replay.check.CheckOutcome;
import io.hapsim.conformance.replay.check.CheckSummary;
import io.hapsim.conformance.replay.check.GoldenCheck;
import io.hapsim.conformance.replay.run.RunOptions;
import io.hapsim.conformance.replay.run.ScenarioRunner;
import io.hapsim.conformance.replay.scenario.Scenario;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import io.hapsim.conformance.replay.target.ExistingSocketsTarget;
import io.hapsim.conformance.replay.target.RealHaproxy;
import io.hapsim.conformance.replay.target.RealHaproxyTarget;
import io.hapsim.conformance.replay.target.Corpus;
import io.hapsim.conformance.replay.target.Target;
import io.hapsim.conformance.replay.target.TargetInstance;
import io.hapsim.conformance.replay.transcript.Renderer;
import io.hapsim.conformance.replay.transcript.Transcript;
import io.hapsim.conformance.replay.transcript.TranscriptDiff;
import io.hapsim.conformance.replay.transcript.TranscriptJson;
import io.hapsim.conformance.simulator.SimulatorTarget;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The replayer's command line ({@code ./hapsim replay ...}; the shaded jar {@code
 * conformance-tests/target/hapsim-conformance-tests-<version>-replay.jar} runs it):
 *
 * <pre>
 *   replay [run] --target T [-o DIR] SCENARIO...               record what T answers
 *   replay [check] --target T --golden DIR SCENARIO...         compare with recorded goldens
 *   replay [diff] --target T --versus T2 SCENARIO...           run both, compare them with each other
 * </pre>
 *
 * Without a command word, {@code --golden} means check, {@code --versus} means diff, else run. SCENARIO is a
 * scenario file or a folder of them. Targets:
 *
 * <ul>
 *   <li>{@code unix:PATH} or a path, {@code HOST:PORT}: a running HAProxy (or simulator) whose admin socket this
 *       is; nothing is restarted between scenarios, so scenarios counting on fresh state may differ</li>
 *   <li>{@code real:VER}: a fresh real HAProxy per scenario (2.6, 3.0, 3.2, 3.4; {@code scripts/install-real-haproxy})</li>
 *   <li>{@code sim:VER}: a fresh in-process simulator per scenario (any profile: 2.4 ... 3.4)</li>
 *   <li>{@code sockets=DIR} or {@code admin=unix:/a.sock,oper=...,tcp=HOST:PORT,dir=PATH,log=FILE}: several
 *       sockets of a running instance (the reference tool's syntax)</li>
 * </ul>
 *
 * The exit status is 0 when everything ran (run) or compared equal (check, diff; declared-unstable scenarios do
 * not count), 1 when something differs, 2 on a usage error.
 */
public final class ReplayMain {
  private ReplayMain() {}

  static final String USAGE = String.join("\n",
      "usage: hapsim replay [run|check|diff] --target TARGET [options] SCENARIO_FILE_OR_DIR...",
      "",
      "  run    record what TARGET answers (the default): printed, or written as goldens with -o DIR",
      "  check  compare with goldens recorded earlier (the default when --golden is given)",
      "  diff   run every scenario on TARGET and on --versus TARGET2, compare them with each other",
      "",
      "targets:",
      "  unix:PATH | PATH      the admin socket of a running HAProxy (or simulator)",
      "  HOST:PORT             its TCP admin socket (loopback only, unless --allow-remote)",
      "  real:VER              a fresh real HAProxy per scenario (2.6, 3.0, 3.2, 3.4: scripts/install-real-haproxy)",
      "  sim:VER               a fresh in-process simulator per scenario (2.4, 2.6, 2.8.0, 2.8, 3.0, 3.1, 3.2, 3.3, 3.4)",
      "  sockets=DIR | admin=unix:/a.sock,oper=...,tcp=HOST:PORT,dir=PATH,log=FILE   several sockets",
      "",
      "options:",
      "  -t, --target TARGET       what to run against (required)",
      "  --golden DIR              goldens to compare with (check)",
      "  --versus TARGET2          second target (diff)",
      "  -o, --out DIR             write transcripts there (run: golden layout; check/diff: what TARGET answered)",
      "  -k, --select SUBSTR       only scenarios whose name contains SUBSTR (repeatable)",
      "  --label LABEL             version label of a running target (matched against 'unstable' declarations)",
      "  --fixture DIR             fixture folder for real:/sim: targets (default: conformance-tests/corpus/fixture)",
      "  --strict                  check/diff: also compare written byte counts and eof vs ECONNRESET",
      "  --timing                  check/diff: also compare timings",
      "  --stall-timeout S         a write without progress for S seconds is STALLED (default 10)",
      "  --gen-write-gap S         seconds between generated writes per 64 KiB (default 0.03)",
      "  --allow-remote            accept non-loopback TCP targets",
      "  -h, --help                this text");

  public static void main(String[] args) throws IOException {
    System.exit(run(args, System.out, System.err));
  }

  /** Parsed command line. */
  static final class Options {
    String command;
    String target;
    String versus;
    String label;
    Path out;
    Path golden;
    Path fixture;
    boolean strict;
    boolean timing;
    boolean allowRemote;
    RunOptions run = RunOptions.DEFAULTS;
    final List<String> select = new ArrayList<>();
    final List<Path> inputs = new ArrayList<>();
  }

  static int run(String[] argv, PrintStream out, PrintStream err) throws IOException {
    List<String> args = new ArrayList<>(Arrays.asList(argv));
    if (!args.isEmpty() && args.get(0).equals("replay")) {
      args.remove(0); // as launched by ./hapsim replay ...
    }
    Options o = new Options();
    try {
      if (!parse(args, o)) {
        out.println(USAGE);
        return 0;
      }
    } catch (IllegalArgumentException e) {
      err.println("replay: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    Target target;
    Target versus = null;
    List<Scenario> scenarios;
    try {
      target = target(o.target, o);
      if (o.versus != null) {
        versus = target(o.versus, o);
      }
      scenarios = scenarios(o);
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println("replay: " + e.getMessage());
      return 2;
    }
    if (scenarios.isEmpty()) {
      err.println("replay: no scenario selected");
      return 2;
    }
    ScenarioRunner runner = new ScenarioRunner(o.run);
    if (o.out != null) {
      Files.createDirectories(o.out);
    }
    return switch (o.command) {
      case "run" -> record(scenarios, target, runner, o, out);
      case "check" -> check(scenarios, target, runner, o, out);
      case "diff" -> diff(scenarios, target, versus, runner, o, out);
      default -> throw new IllegalStateException(o.command);
    };
  }

  /** Fills {@code o}; false when help was asked for. */
  static boolean parse(List<String> args, Options o) {
    int i = 0;
    if (!args.isEmpty() && List.of("run", "check", "diff").contains(args.get(0))) {
      o.command = args.get(0);
      i = 1;
    }
    for (; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "-h", "--help" -> {
          return false;
        }
        case "-t", "--target" -> o.target = value(args, ++i, a);
        case "--versus" -> o.versus = value(args, ++i, a);
        case "--label" -> o.label = value(args, ++i, a);
        case "-o", "--out" -> o.out = Path.of(value(args, ++i, a));
        case "--golden" -> o.golden = Path.of(value(args, ++i, a));
        case "--fixture" -> o.fixture = Path.of(value(args, ++i, a));
        case "-k", "--select" -> o.select.add(value(args, ++i, a));
        case "--strict" -> o.strict = true;
        case "--timing" -> o.timing = true;
        case "--allow-remote" -> o.allowRemote = true;
        case "--stall-timeout" -> o.run = o.run.withStallTimeout(number(value(args, ++i, a), a));
        case "--gen-write-gap" -> o.run = o.run.withGenWriteGap(number(value(args, ++i, a), a));
        default -> {
          if (a.startsWith("--target=")) {
            o.target = a.substring("--target=".length());
          } else if (a.startsWith("-") && a.length() > 1) {
            throw new IllegalArgumentException("unknown option " + a);
          } else {
            o.inputs.add(Path.of(a));
          }
        }
      }
    }
    if (o.target == null) {
      throw new IllegalArgumentException("no target (--target unix:/path/admin.sock, HOST:PORT, real:3.0, sim:3.0)");
    }
    if (o.inputs.isEmpty()) {
      throw new IllegalArgumentException("no scenario file or folder given");
    }
    if (o.command == null) {
      o.command = o.golden != null ? "check" : o.versus != null ? "diff" : "run";
    }
    if (o.command.equals("check") && o.golden == null) {
      throw new IllegalArgumentException("check needs --golden DIR");
    }
    if (o.command.equals("diff") && o.versus == null) {
      throw new IllegalArgumentException("diff needs --versus TARGET2");
    }
    return true;
  }

  /** The value after an option ({@code args[i]}), or why there is none; the other command lines use it too. */
  public static String value(List<String> args, int i, String option) {
    if (i >= args.size()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args.get(i);
  }

  private static double number(String s, String option) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + ": not a number: " + s);
    }
  }

  /** Builds a target from its spec (see the class comment). */
  static Target target(String spec, Options o) throws IOException {
    if (spec.startsWith("real:")) {
      String version = spec.substring(5);
      Path fixture = o.fixture != null ? o.fixture : Corpus.locate().fixture();
      return new RealHaproxyTarget(version, RealHaproxy.launcher(), fixture);
    }
    if (spec.startsWith("sim:")) {
      String version = spec.substring(4);
      io.hapsim.simulator.version.VersionProfiles.get(version); // unknown profiles fail here, with the list
      Path fixture = o.fixture != null ? o.fixture : Corpus.locate().fixture();
      return new SimulatorTarget(version, fixture);
    }
    return ExistingSocketsTarget.fromSpec(spec, o.label, o.allowRemote);
  }

  static List<Scenario> scenarios(Options o) throws IOException {
    List<Scenario> scenarios = new ArrayList<>();
    for (Path p : o.inputs) {
      if (!Files.exists(p)) {
        throw new IllegalArgumentException("no such scenario file or folder: " + p);
      }
      for (Scenario sc : Files.isDirectory(p) ? ScenarioLoader.loadDirectory(p) : List.of(ScenarioLoader.load(p))) {
        if (o.select.isEmpty() || o.select.stream().anyMatch(s -> sc.name().contains(s))) {
          scenarios.add(sc);
        }
      }
    }
    return scenarios;
  }

  private static int record(List<Scenario> scenarios, Target target, ScenarioRunner runner, Options o,
      PrintStream out) throws IOException {
    for (Scenario sc : scenarios) {
      Transcript tr = runOnce(sc, target, runner);
      if (o.out != null) {
        write(o.out, tr);
        out.println(sc.name() + ": " + o.out.resolve(sc.name() + ".json"));
      } else {
        out.println(String.join("\n", Renderer.full().render(tr)));
        out.println();
      }
    }
    return 0;
  }

  private static int check(List<Scenario> scenarios, Target target, ScenarioRunner runner, Options o,
      PrintStream out) throws IOException {
    CheckSummary summary = new CheckSummary();
    for (Scenario sc : scenarios) {
      Path file = o.golden.resolve(sc.name() + ".json");
      CheckOutcome outcome;
      if (!Files.isRegularFile(file)) {
        outcome = new CheckOutcome(sc.name(), label(target), CheckOutcome.Status.NO_GOLDEN, List.of(),
            file + " missing", null);
      } else {
        Transcript golden = TranscriptJson.read(file);
        Transcript actual = runOnce(sc, target, runner);
        outcome = outcome(sc, TranscriptDiff.diff(golden, actual, "golden", "actual", o.strict, o.timing),
            label(target), golden.label(), actual);
        if (o.out != null) {
          write(o.out, actual);
        }
      }
      summary.add(outcome);
      out.println(outcome.report());
    }
    out.print(summary.format("summary:"));
    return summary.failed(label(target)) > 0 ? 1 : 0;
  }

  private static int diff(List<Scenario> scenarios, Target a, Target b, ScenarioRunner runner, Options o,
      PrintStream out) throws IOException {
    CheckSummary summary = new CheckSummary();
    String label = label(a) + " vs " + label(b);
    for (Scenario sc : scenarios) {
      Transcript ta = runOnce(sc, a, runner);
      Transcript tb = runOnce(sc, b, runner);
      CheckOutcome outcome = outcome(sc, TranscriptDiff.diff(ta, tb, o.target, o.versus, o.strict, o.timing),
          label, label(a), tb);
      if (o.out != null) {
        write(o.out, ta);
      }
      summary.add(outcome);
      out.println(outcome.report());
    }
    out.print(summary.format("summary:"));
    return summary.failed(label) > 0 ? 1 : 0;
  }

  private static CheckOutcome outcome(Scenario sc, List<String> diff, String label, String otherLabel,
      Transcript actual) {
    if (diff.isEmpty()) {
      return new CheckOutcome(sc.name(), label, CheckOutcome.Status.PASSED, diff, null, actual);
    }
    return sc.unstableFor(otherLabel, label, actual.label())
        .map(why -> new CheckOutcome(sc.name(), label, CheckOutcome.Status.UNSTABLE, diff, why, actual))
        .orElseGet(() -> new CheckOutcome(sc.name(), label, CheckOutcome.Status.FAILED, diff, null, actual));
  }

  private static String label(Target t) {
    return t.label() != null ? t.label() : "target";
  }

  private static Transcript runOnce(Scenario sc, Target target, ScenarioRunner runner) throws IOException {
    try (TargetInstance instance = target.start(sc)) {
      return runner.run(sc, instance, target.label());
    }
  }

  private static void write(Path dir, Transcript tr) throws IOException {
    Files.writeString(dir.resolve(tr.scenario() + ".json"), TranscriptJson.write(tr), StandardCharsets.ISO_8859_1);
  }
}
