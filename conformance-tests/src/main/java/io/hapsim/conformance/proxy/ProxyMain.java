package io.hapsim.conformance.proxy;

import io.hapsim.conformance.replay.ReplayMain;
import io.hapsim.conformance.replay.net.Address;
import io.hapsim.simulator.fault.FaultRuleSpec;
import io.hapsim.simulator.fault.Faults;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * {@code ./hapsim proxy}: forwards a listen socket to a target socket and, with {@code --record}, writes what
 * passed as a scenario and its golden. Runs until SIGINT/SIGTERM (a shutdown hook stops it and writes the
 * recording). Exit status 2 on a usage error, 1 when it cannot listen.
 */
public final class ProxyMain {
  static final String USAGE = String.join("\n",
      "usage: hapsim proxy --listen ADDR --target ADDR [--record FILE] [options]",
      "",
      "Forwards every connection made to --listen to its own connection to --target, bytes unchanged both ways",
      "(half-closes and resets too). With --record, writes what the clients sent as a scenario FILE and what the",
      "target answered as its golden, rewritten after each connection and on exit (Ctrl-C), for:",
      "  ./hapsim replay check --target TARGET --golden FILE.golden FILE",
      "",
      "addresses: unix:PATH (or a path containing /) or HOST:PORT",
      "",
      "options:",
      "  -l, --listen ADDR      where clients connect (a stale UNIX socket file is replaced)",
      "  -t, --target ADDR      the HAProxy (or simulator) socket to forward to",
      "  -r, --record FILE      write the traffic as a scenario (its name: FILE without .json)",
      "  --golden DIR           where the target's answers go (default: FILE without .json, plus .golden/)",
      "  --socket NAME          the socket name connections get in the scenario (default admin, the name replay",
      "                         gives a plain --target; on real:/sim: targets admin, oper, user or tcp)",
      "  --label LABEL          the target's version label in the golden (e.g. 3.0)",
      "  --var NAME=VALUE       a run-time value (e.g. the maps' folder) written as {NAME}; repeatable",
      "  --fault RULE           a fault on the proxied traffic, as the simulator's control API arms one; repeatable:",
      "                         'command=commit map, fault=close' (before the answer: the commit is made, the",
      "                         client never hears so), 'command=commit map, phase=before-command, fault=reset',",
      "                         'nth=1, phase=after-answer, fault=stall forever', 'payloadLines=100, fault=close',",
      "                         'any, fault=drip 16 20ms', 'accept, fault=stall 2s', 'any, seed=7, chaos=0.1 reset;",
      "                         0.05 delay 10ms..500ms'; members times=N, connection=next (docs/testing-your-client.md)",
      "  -h, --help             this text");

  /** Parsed command line. */
  static final class Options {
    Address listen;
    Address target;
    Path record;
    Path golden;
    String socket = "admin";
    String label;
    final Map<String, String> vars = new LinkedHashMap<>();
    final List<String> faults = new ArrayList<>();
  }

  private ProxyMain() {}

  public static void main(String[] args) throws InterruptedException {
    Options o = new Options();
    try {
      if (!parse(new ArrayList<>(Arrays.asList(args)), o)) {
        System.out.println(USAGE);
        return;
      }
    } catch (IllegalArgumentException e) {
      System.err.println("proxy: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
    }
    SessionRecorder recorder = o.record == null ? null : recorder(o);
    if (recorder != null) {
      try {
        recorder.write(false); // an empty recording at once: the paths work, and the first real write is not slow
      } catch (IOException e) {
        System.err.println("proxy: cannot write the recording: " + e.getMessage());
        System.exit(1);
      }
    }
    Supplier<TrafficListener> listeners = recorder == null ? () -> TrafficListener.NONE : recorder::newConnection;
    CliProxy proxy;
    try {
      proxy = CliProxy.start(o.listen, o.target, listeners, what -> System.out.println("proxy: " + what));
    } catch (IOException e) {
      System.err.println("proxy: cannot listen on " + o.listen + ": " + e.getMessage());
      System.exit(1);
      return;
    }
    o.faults.forEach(rule -> System.out.println("proxy: fault " + FaultRuleSpec.arm(proxy.faults(), rule)
        .description()));
    System.out.println("proxy: " + proxy.listenAddress() + " -> " + o.target
        + (recorder != null ? ", recording to " + recorder.scenarioFile() : "") + " (Ctrl-C stops)");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(proxy, recorder, o, System.out), "proxy-stop"));
    new CountDownLatch(1).await(); // until a signal ends the JVM
  }

  /** Fills {@code o}; false when help was asked for. */
  static boolean parse(List<String> args, Options o) {
    if (!args.isEmpty() && args.get(0).equals("proxy")) {
      args.remove(0); // as launched by ./hapsim proxy ...
    }
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "-h", "--help" -> {
          return false;
        }
        case "-l", "--listen" -> o.listen = Address.parse(ReplayMain.value(args, ++i, a));
        case "-t", "--target" -> o.target = Address.parse(ReplayMain.value(args, ++i, a));
        case "--fault" -> {
          String rule = ReplayMain.value(args, ++i, a);
          FaultRuleSpec.arm(new Faults((socket, accepting) -> { }), rule); // refused now, not once listening
          o.faults.add(rule);
        }
        default -> {
          i = recordingOption(args, i, o);
          if (i < 0) {
            throw new IllegalArgumentException("unknown argument " + a);
          }
        }
      }
    }
    if (o.listen == null || o.target == null) {
      throw new IllegalArgumentException("both --listen and --target are needed");
    }
    if (o.golden != null && o.record == null) {
      throw new IllegalArgumentException("--golden goes with --record");
    }
    return true;
  }

  /**
   * Takes {@code args[i]} if it is an option of what a recording is written as ({@code --record}, {@code --golden},
   * {@code --socket}, {@code --label}, {@code --var}); the index of the last argument it took, or -1.
   */
  static int recordingOption(List<String> args, int i, Options o) {
    String a = args.get(i);
    switch (a) {
      case "-r", "--record" -> o.record = Path.of(ReplayMain.value(args, ++i, a));
      case "--golden" -> o.golden = Path.of(ReplayMain.value(args, ++i, a));
      case "--socket" -> o.socket = ReplayMain.value(args, ++i, a);
      case "--label" -> o.label = ReplayMain.value(args, ++i, a);
      case "--var" -> {
        String v = ReplayMain.value(args, ++i, a);
        int eq = v.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException("--var needs NAME=VALUE, not " + v);
        }
        o.vars.put(v.substring(0, eq), v.substring(eq + 1));
      }
      default -> {
        return -1;
      }
    }
    return i;
  }

  static SessionRecorder recorder(Options o) {
    String name = SessionRecorder.scenarioName(o.record);
    Path golden = o.golden != null ? o.golden : SessionRecorder.defaultGoldenDir(o.record);
    String origin = "hapsim proxy in front of " + o.target;
    return new SessionRecorder(o.record, golden, new RecordedSession.Settings(name, "Recorded by " + origin + ".",
        o.socket, o.vars, o.label, "recorded by " + origin));
  }

  /** Stops forwarding, writes the recording and says where (and how to replay it). */
  static void stop(CliProxy proxy, SessionRecorder recorder, Options o, PrintStream out) {
    try {
      proxy.close();
    } catch (IOException e) {
      out.println("proxy: while stopping: " + e.getMessage());
    }
    if (recorder == null) {
      return;
    }
    try {
      int n = recorder.write(true);
      out.println("proxy: recorded " + n + " connection" + (n == 1 ? "" : "s") + " in " + recorder.scenarioFile()
          + ", the target's answers in " + recorder.goldenFile());
      out.println("proxy: replay with ./hapsim replay check --target " + replayTarget(o) + " --golden "
          + recorder.goldenDir() + " " + recorder.scenarioFile());
    } catch (IOException e) {
      out.println("proxy: could not write the recording: " + e.getMessage());
    }
  }

  /** The replay target that maps the recorded socket name and variables onto the proxied target. */
  static String replayTarget(Options o) {
    if (o.socket.equals("admin") && o.vars.isEmpty()) {
      return o.target.toString();
    }
    StringBuilder spec = new StringBuilder(o.socket).append('=').append(o.target);
    o.vars.forEach((k, v) -> spec.append(",var:").append(k).append('=').append(v));
    return spec.toString();
  }
}
