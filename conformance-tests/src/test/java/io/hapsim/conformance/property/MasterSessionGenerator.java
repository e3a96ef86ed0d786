package io.hapsim.conformance.property;

import static io.hapsim.conformance.property.SessionGenerator.w;

import io.hapsim.conformance.property.SessionGenerator.Draw;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Random sessions on the master socket of a master-worker instance: commands with and without {@code @} prefixes
 * (the worker by relative pid and by pid, the master by each of its names, prefixes alone that change where the
 * next commands go, prefixes naming no process, {@code @@1} worker sessions), what the master reads itself (levels,
 * modes, severity output, prompt and its arguments, quit), the master's own commands, worker commands that read and
 * change the fixture's maps, and payloads, joined by {@code ;} and line feeds.
 *
 * <p>Each connection sends its whole input in one write and half-closes: the master reads every command in turn
 * and answers until the client's close, so the outcome does not depend on timing. One exception: from 3.0, an error
 * in a command the master reads itself drops the rest of the input, and if the client's close had come with it,
 * the real master never closes the connection (measured: {@code @x y} and the close in one read leave it open, the
 * close a moment later closes it). So the first such error ends a connection's input, and the half-close waits for
 * its message. What ends a connection early (quit, 2.x's errors) may come anywhere: what follows it is part of the
 * test, but for a worker session after quit (a race of real 3.2's shutdown, once). Uptimes ({@code show proc},
 * timed prompts) are normalised; pids are the instance's variables.
 */
final class MasterSessionGenerator implements Gen<Session> {

  private final String version;
  /** 2.x: an error closes the connection (no wait needed), and the master sends severity-output on. */
  private final boolean v2;
  /** 3.2 and later: {@code @@<pid>}, {@code echo}, prompt modes. */
  private final boolean v32;
  private int counter;
  /** The level of the connection being generated: 2 admin, 1 operator, 0 user. */
  private int level;

  MasterSessionGenerator(String version) {
    this.version = version;
    this.v2 = version.startsWith("2.");
    this.v32 = List.of("3.2", "3.3", "3.4").contains(version);
  }

  @Override
  public Session generate(RandomnessSource in) {
    Draw d = new Draw(in);
    return new Session(version, "master-" + version + "-" + ++counter,
        SessionGenerator.connections(d, this::connection));
  }

  private Session.Connection connection(Draw d) {
    int count = d.between(1, 6);
    StringBuilder text = new StringBuilder();
    List<String> summary = new ArrayList<>();
    level = 2;
    String error = null;
    boolean workerSession = false;
    boolean quit = false;
    for (int i = 0; i < count && error == null && !workerSession; i++) {
      String item = item(d);
      if (quit && item.startsWith("@@")) {
        // a worker session after quit: real 3.2 once kept such a connection open (a race in its shutdown; closed
        // on every replay), so the connection's input ends before it
        break;
      }
      quit |= item.equals("quit");
      error = v2 ? null : errorOf(item);
      // what follows a worker session goes to the worker: a pid there would be a word of different lengths on
      // both sides, and so differently ranked suggestions
      workerSession = v32 && item.startsWith("@@1 ");
      text.append(item);
      summary.add(item.strip().replace('\n', '|'));
      // a command ends at a line feed or a semicolon; the last one may lack its end (then it never runs)
      boolean last = i == count - 1 || error != null || workerSession;
      if (!item.endsWith("\n")) {
        text.append(workerSession ? "\n" : last && error == null ? d.weighted(List.of(w(85, "\n"), w(15, "")))
            : d.pick("\n", ";"));
      }
    }
    return new Session.Connection("master", List.of(text.toString()), true, String.join(" ; ", summary), error);
  }

  /**
   * The start of the error message the master answers {@code item} with, reading it itself, or null; follows the
   * session's level ({@code operator} and {@code user} lower it, raising it is refused).
   */
  private String errorOf(String item) {
    List<String> words = List.of(item.strip().split("[ \t]+"));
    String first = words.get(0);
    if (first.startsWith("@@")) {
      return v32 && first.equals("@@1") ? null : "Can't find the target PID";
    }
    if (first.startsWith("@")) {
      return List.of("@1", "@!{WORKER_PID}", "@master", "@", "@0").contains(first) ? null
          : "Can't find the target PID";
    }
    switch (first) {
      case "operator", "user" -> {
        int wanted = first.equals("operator") ? 1 : 0;
        if (wanted > level) {
          return "Permission denied!";
        }
        level = wanted;
        return null;
      }
      case "expert-mode", "experimental-mode", "mcli-debug-mode" -> {
        return level < 2 ? "Permission denied!" : null;
      }
      case "set" -> {
        return words.size() > 2 && !List.of("none", "string", "number").contains(words.get(2))
            ? "one of 'none', 'number', 'string' is a required argument" : null;
      }
      case "prompt" -> {
        return v32 && words.stream().skip(1).anyMatch(word -> !List.of("i", "p", "timed").contains(word))
            ? "Usage: prompt" : null;
      }
      default -> {
        return null;
      }
    }
  }

  private String item(Draw d) {
    List<SessionGenerator.Weighted<Supplier<String>>> kinds = List.of(
        option(30, () -> prefix(d) + " " + workerCommand(d)),
        option(15, () -> masterCommand(d)),
        option(12, () -> masterSetting(d)),
        option(10, () -> d.pick("@1", "@!{WORKER_PID}", "@master", "@", "@0")),
        option(8, () -> workerCommand(d)),
        option(6, () -> d.pick("@" + d.pick("master", "", "0") + " " + masterCommand(d))),
        option(6, () -> d.pick("@2", "@!1", "@x", "@!", "@-1", "@!{MASTER_PID}") + d.pick("", " show version")),
        option(5, () -> "@1 add map #2 <<\n" + entries(d) + "\n"),
        option(3, () -> "@@1" + d.pick("", " ") + d.pick(" show cli level", " show version", "show version")),
        option(3, () -> "quit"));
    return d.weighted(kinds).get();
  }

  /** A text drawn with this weight. */
  private static SessionGenerator.Weighted<Supplier<String>> option(int weight, Supplier<String> text) {
    return w(weight, text);
  }

  private String prefix(Draw d) {
    return d.pick("@1", "@!{WORKER_PID}");
  }

  private String workerCommand(Draw d) {
    String key = "k" + d.between(1, 4);
    return d.weighted(List.of(
        option(10, () -> "show cli level"),
        option(8, () -> "show version"),
        option(8, () -> "get map #2 " + d.pick("k1", "k2", key, "www.example.com")),
        option(6, () -> "show map #2"),
        option(6, () -> "add map #2 " + key + " v" + d.between(1, 9)),
        option(5, () -> "del map #2 " + key),
        option(4, () -> "set map #2 " + key + " x"),
        option(4, () -> "help " + d.pick("prompt", "show", "nosuch")),
        option(3, () -> "set severity-output " + d.pick("number", "string", "none")),
        option(3, () -> d.pick("operator", "user")),
        option(3, () -> "echo hi there"),
        option(3, () -> d.pick("foo", "show", "show nosuch")),
        // routed, a following ends at once: the master closes its side of the worker's connection once it has sent
        option(3, () -> "show events " + d.pick("buf0", "buf0 -w", "buf0 -n -w", "nosuch", "stderr", "buf0 -x")),
        option(2, () -> "clear map #2"))).get();
  }

  private String masterCommand(Draw d) {
    return d.weighted(List.of(
        option(10, () -> "show version"),
        option(10, () -> "show cli level"),
        option(6, () -> "help"),
        option(4, () -> "help " + d.pick("show", "prompt", "reload")),
        option(6, () -> "show proc"),
        option(4, () -> "show cli sockets"),
        option(5, () -> d.pick("foo", "show", "show infos", "set map #2 k1 x")),
        option(4, () -> "echo hi"),
        option(3, () -> "show startup-logs"),
        option(2, () -> ""))).get();
  }

  /** What the master reads itself. */
  private String masterSetting(Draw d) {
    return d.weighted(List.of(
        option(10, () -> "prompt" + (v32 ? d.pick("", " timed", " i", " p", " p timed", " x") : d.pick("", " timed"))),
        option(8, () -> d.pick("operator", "user")),
        option(6, () -> d.pick("expert-mode", "experimental-mode") + d.pick(" on", " off", "")),
        // in debug mode the master's own CLI also takes the workers' commands: not simulated, only turned off here
        option(2, () -> "mcli-debug-mode" + d.pick(" off", "")),
        option(6, () -> "set severity-output " + d.pick("number", "string", "none", "bogus")))).get();
  }

  private static String entries(Draw d) {
    StringBuilder text = new StringBuilder();
    int n = d.between(1, 3);
    for (int i = 0; i < n; i++) {
      text.append("p").append(d.between(1, 5)).append(" v").append(d.between(1, 9)).append('\n');
    }
    return text.toString();
  }
}
