package io.hapsim.conformance.property;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Random CLI sessions for one HAProxy version, built from a grammar of real commands (map and ACL commands on the
 * fixture's maps with {@code #id} and {@code @ver} addressing, levels, help, unknown words, prompt modes, payloads
 * with default and custom terminators, escapes, CRLF, over-long lines), joined by {@code ;} and newlines, cut into
 * writes and half-closed.
 *
 * <p><b>Only sessions whose outcome does not depend on timing on the real binary are generated.</b> The rules:
 *
 * <ul>
 *   <li>A write boundary is placed only where the server is certain to wait for more input: inside the first line
 *       of a non-interactive connection on 3.x (it closes after that line); on 2.x non-interactive, inside the
 *       first command only (2.x closes as soon as its buffer is empty after a command: newline pipelining is a
 *       race; and 2.6 may not notice the rest of a partial command that arrives after a command ran); in prompt
 *       mode anywhere before the item that ends the connection, except, on 3.2 in
 *       prompt mode, inside a payload (3.2 prints {@code + } only when its input is drained), and on 2.x inside
 *       the {@code prompt} command that starts it (the same partial-command race).</li>
 *   <li>What ends a connection early ({@code quit}, {@code prompt} back to non-interactive, an over-long line, an
 *       unterminated payload) is the last item; anything after it goes in the same write.</li>
 *   <li>Non-interactive 2.x writes stay far below one buffer (a buffer boundary between two commands is a race too,
 *       see scenario 131).</li>
 *   <li>Every connection is closed by the server promptly: interactive ones, and any that may wait for more
 *       input, are half-closed ({@code shutw}); idle timeouts are never reached.</li>
 *   <li>TCP only for connections that leave no unread input at close (an RST may cost the client received
 *       bytes).</li>
 *   <li>{@code prompt timed} uptimes are normalised; no command prints times, pids or memory.</li>
 * </ul>
 *
 * Every choice is a draw whose shrink target is the simplest option, so QuickTheories shrinks a failing session
 * towards fewer connections, fewer items, fewer writes and plainer commands.
 */
final class SessionGenerator implements Gen<Session> {

  enum Mode { NONINT, PROMPT, INTER }

  /** Connections with more input than this are never half-closed (see {@link #connection}). */
  static final int BIG_INPUT = 8192;

  private final String version;
  private final boolean v2;
  private final boolean v30;
  /** 3.2 and later: whole-line reading, prompt modes. */
  private final boolean v32;
  private int counter;

  SessionGenerator(String version) {
    this.version = version;
    this.v2 = version.startsWith("2.");
    this.v30 = version.equals("3.0") || version.equals("3.1");
    this.v32 = List.of("3.2", "3.3", "3.4").contains(version);
    if (!v2 && !v30 && !v32) {
      throw new IllegalArgumentException("no session grammar for " + version);
    }
  }

  @Override
  public Session generate(RandomnessSource in) {
    Draw d = new Draw(in);
    return new Session(version, "random-" + version + "-" + ++counter, connections(d, this::connection));
  }

  /** A session's connections: mostly one, sometimes two or three (each sees what the ones before it left). */
  static List<Session.Connection> connections(Draw d, Function<Draw, Session.Connection> connection) {
    int n = d.chance(35) ? d.between(2, 3) : 1;
    List<Session.Connection> conns = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      conns.add(connection.apply(d));
    }
    return conns;
  }

  // ---------------------------------------------------------------- draws

  /** Draws from the randomness source; every draw shrinks towards its lowest value. */
  static final class Draw {
    private final RandomnessSource in;

    Draw(RandomnessSource in) {
      this.in = in;
    }

    int between(int lo, int hi) {
      return (int) in.next(Constraint.between(lo, hi).withShrinkPoint(lo));
    }

    /** True with this percentage; shrinks to false. */
    boolean chance(int percent) {
      return between(0, 99) >= 100 - percent;
    }

    @SafeVarargs
    final <T> T pick(T... options) {
      return options[between(0, options.length - 1)];
    }

    <T> T pick(List<T> options) {
      return options.get(between(0, options.size() - 1));
    }

    /** Picks by weight; shrinks towards the first option. */
    <T> T weighted(List<Weighted<T>> options) {
      int total = options.stream().mapToInt(Weighted::weight).sum();
      int x = between(0, total - 1);
      for (Weighted<T> o : options) {
        if (x < o.weight()) {
          return o.value();
        }
        x -= o.weight();
      }
      throw new IllegalStateException();
    }

    String word(String alphabet, int minLength, int maxLength) {
      int len = between(minLength, maxLength);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(between(0, alphabet.length() - 1)));
      }
      return sb.toString();
    }
  }

  record Weighted<T>(int weight, T value) {}

  static <T> Weighted<T> w(int weight, T value) {
    return new Weighted<>(weight, value);
  }

  // ---------------------------------------------------------------- connections

  /**
   * One piece of a connection's input as the generator knows it.
   *
   * @param closing the server ends the connection after it (nothing may follow in a later write)
   * @param splittable a write boundary may fall inside it
   * @param payload it holds (or may be read as) a payload: no boundary inside it on 3.2 in prompt mode
   * @param plain a complete command line or payload whose framing is the same in every version
   * @param modeAfter the connection's mode once it ran
   */
  record Item(String text, String desc, boolean closing, boolean splittable, boolean payload, boolean plain,
      Mode modeAfter) {}

  private Session.Connection connection(Draw d) {
    String socket = d.weighted(List.of(w(70, "admin"), w(10, "oper"), w(10, "user"), w(10, "tcp")));
    boolean interactive = d.chance(45);
    List<Item> items = new ArrayList<>();
    Mode mode = Mode.NONINT;
    if (interactive) {
      Item start = promptStart(d);
      items.add(start);
      mode = start.modeAfter();
    }
    int count = interactive ? d.between(0, 6) : 1 + (d.chance(40) ? d.between(1, 3) : 0);
    boolean closed = false;
    for (int i = 0; i < count && !closed; i++) {
      Item it = item(d, mode, !interactive && i == 0, !interactive);
      items.add(it);
      mode = it.modeAfter();
      closed = it.closing() || !it.plain() && !interactive;
    }
    Item last = items.get(items.size() - 1);
    if (last.closing() && d.chance(30)) {
      items.add(commandLine(d, mode, "trailing"));   // sent in the same write, after the end
    }
    // A half-close while much input is still unread races with HAProxy 3.x reading it (observed: output cut
    // short in one run, complete in the next): large connections end with quit, or are closed by the server.
    boolean big = join(items).length() > BIG_INPUT;
    if (big && interactive && !items.get(items.size() - 1).closing()) {
      items.add(new Item("quit\n", "quit", true, true, false, true, Mode.NONINT));
    }

    String text = join(items);
    boolean anyClosing = items.stream().anyMatch(Item::closing);
    boolean allPlain = items.stream().allMatch(Item::plain);
    // TCP only when nothing is left unread at close
    if (socket.equals("tcp") && (anyClosing || !interactive && items.size() > 1 || !allPlain)) {
      socket = "admin";
    }
    List<Integer> allowed = allowedSplits(items, interactive);
    int splits = allowed.isEmpty() ? 0 : d.chance(50) ? d.between(1, 3) : 0;
    TreeSet<Integer> cuts = new TreeSet<>();
    for (int i = 0; i < splits; i++) {
      cuts.add(d.pick(allowed));
    }
    List<String> writes = new ArrayList<>();
    int from = 0;
    for (int cut : cuts) {
      writes.add(text.substring(from, cut));
      from = cut;
    }
    writes.add(text.substring(from));
    boolean mustShut = !big && (interactive || !allPlain || !text.endsWith("\n"));
    boolean shutw = !big && (mustShut || d.chance(50));
    String summary = (interactive ? "interactive" : "non-interactive") + " on " + socket + ": "
        + String.join(" / ", items.stream().map(Item::desc).toList()) + ", " + writes.size() + " write(s)"
        + (shutw ? ", shutw" : "");
    return new Session.Connection(socket, writes, shutw, summary);
  }

  private static String join(List<Item> items) {
    StringBuilder sb = new StringBuilder();
    items.forEach(i -> sb.append(i.text()));
    return sb.toString();
  }

  /**
   * Offsets (1..length-1) where a write may end, by the rules in the class comment.
   */
  List<Integer> allowedSplits(List<Item> items, boolean interactive) {
    List<Integer> out = new ArrayList<>();
    int start = 0;
    boolean promptPayloadRule = v32 && interactive && items.stream().anyMatch(i -> i.modeAfter() == Mode.PROMPT);
    for (int idx = 0; idx < items.size(); idx++) {
      Item it = items.get(idx);
      int end = start + it.text().length();
      if (!interactive) {
        if (v2) {
          // 2.x: inside the first command only. Once a command ran, 2.x closes if its buffer is empty (a race
          // with the next write), and with a partial command left it may not notice the rest arriving (observed
          // on 2.6: the connection then hangs until the idle timeout, or not).
          if (it.splittable()) {
            int firstEnd = firstDelimiter(it.text());
            for (int p = start + 1; p <= start + firstEnd && p < end; p++) {
              out.add(p);
            }
          }
          break;
        } else {
          // 3.x: the first line only (the server closes after it)
          if (it.splittable()) {
            for (int p = start + 1; p < end; p++) {
              out.add(p);
            }
          }
          break;
        }
      } else {
        // interactive: before the item that ends it, nowhere inside unsplittable items, on 3.2 in prompt mode
        // never inside a payload, and on 2.x not inside the prompt command itself (real 2.6 once missed the end of
        // "prompt" sent in three writes and neither answered nor closed: the 2.x partial-command race again)
        boolean inside = it.splittable() && !(promptPayloadRule && it.payload()) && !(v2 && idx == 0);
        if (inside) {
          for (int p = start + 1; p < end; p++) {
            out.add(p);
          }
        }
        if (it.closing()) {
          break;
        }
        if (promptPayloadRule && it.payload() && !it.plain()) {
          break; // a payload that may not end: its region runs to the end
        }
        if (idx < items.size() - 1) {
          out.add(end);
        }
      }
      start = end;
    }
    return out;
  }

  /** Index of the first {@code ;} or newline (escaped or not), or the length. */
  private static int firstDelimiter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ';' || c == '\n') {
        return i;
      }
    }
    return text.length();
  }

  // ---------------------------------------------------------------- items

  private Item promptStart(Draw d) {
    List<String> forms = new ArrayList<>(List.of("prompt"));
    if (!v2) {
      forms.add("prompt timed");
    }
    if (v32) {
      forms.addAll(List.of("prompt p", "prompt i", "prompt i timed", "prompt p timed"));
    }
    String line = d.pick(forms);
    Mode after = promptMode(Mode.NONINT, line);
    return new Item(line + "\n", line, false, true, false, true, after);
  }

  /** The mode after a line holding only this {@code prompt} command (shared/spec/cli-framing.md §9.2). */
  Mode promptMode(Mode before, String line) {
    List<String> args = List.of(line.trim().split("[ \t]+")).subList(1, line.trim().split("[ \t]+").length);
    if (v2) {
      return before == Mode.NONINT ? Mode.PROMPT : Mode.NONINT;
    }
    if (v30) {
      if (args.contains("timed")) {
        return Mode.PROMPT;
      }
      return before == Mode.NONINT ? Mode.PROMPT : Mode.NONINT;
    }
    if (args.isEmpty()) {
      return before == Mode.PROMPT ? Mode.NONINT : Mode.PROMPT;
    }
    Mode mode = null;
    boolean timed = false;
    for (String a : args) {
      switch (a) {
        case "n" -> mode = Mode.NONINT;
        case "i" -> mode = Mode.INTER;
        case "p" -> mode = Mode.PROMPT;
        case "timed" -> timed = true;
        default -> {
          return before; // help or an unknown word: the usage, no change
        }
      }
    }
    if (mode == null) {
      return timed ? Mode.PROMPT : before;
    }
    return mode;
  }

  private Item item(Draw d, Mode mode, boolean firstNonInteractive, boolean nonInteractive) {
    List<Weighted<Function<Draw, Item>>> kinds = new ArrayList<>();
    kinds.add(w(55, dd -> commandLine(dd, mode, null)));
    kinds.add(w(20, dd -> payload(dd, mode, v2 && nonInteractive)));
    kinds.add(w(4, dd -> emptyLine(dd, mode)));
    if (!nonInteractive) {
      kinds.add(w(8, dd -> promptLine(dd, mode)));
    }
    kinds.add(w(3, dd -> quitLine(dd, mode)));
    if (!v2) {
      kinds.add(w(2, dd -> oversizeLine(dd, mode)));
    }
    kinds.add(w(4, dd -> weirdPayload(dd, mode)));
    if (!(v2 && nonInteractive)) {
      kinds.add(w(2, dd -> longChain(dd, mode)));
    }
    return d.weighted(kinds).apply(d);
  }

  private String eol(Draw d) {
    return d.chance(10) ? "\r\n" : "\n";
  }

  private Item commandLine(Draw d, Mode mode, String descPrefix) {
    int n = d.chance(30) ? d.between(2, 4) : 1;
    List<String> cmds = new ArrayList<>();
    boolean quits = false;
    for (int i = 0; i < n; i++) {
      String c = command(d);
      if (n > 1 && d.chance(4)) {
        c = "quit";
      }
      quits |= c.equals("quit");
      cmds.add(c.equals("quit") ? decorate(d, c) : withNul(d, decorate(d, c)));
    }
    String line = String.join(";", cmds);
    if (d.chance(5)) {
      line += ";";
    }
    // a backslash before the newline joins two lines into one command (2.6+); rare
    if (d.chance(2)) {
      line = line + "\\\n" + d.pick("show cli level", "show version", "foo");
    }
    String text = line + eol(d);
    // a quit in the chain closes before the line ends: no write boundary inside the line
    return new Item(text, (descPrefix != null ? descPrefix + " " : "") + "commands(" + n + ")"
        + (quits ? " with quit" : ""), quits, !quits, false, true, mode);
  }

  private Item emptyLine(Draw d, Mode mode) {
    return new Item(eol(d), "empty line", false, true, false, true, mode);
  }

  private Item quitLine(Draw d, Mode mode) {
    return new Item("quit" + eol(d), "quit", true, true, false, true, Mode.NONINT);
  }

  private Item promptLine(Draw d, Mode mode) {
    List<String> forms = new ArrayList<>(List.of("prompt", "prompt timed", "prompt foo"));
    if (v32) {
      forms.addAll(List.of("prompt i", "prompt p", "prompt n", "prompt help", "prompt p timed"));
    }
    String line = d.pick(forms);
    Mode after = promptMode(mode, line);
    return new Item(line + "\n", line, after == Mode.NONINT, true, false, true, after);
  }

  /** A single command over tune.bufsize (3.x: an error then close; 2.6 hangs, so it is not generated there). */
  private Item oversizeLine(Draw d, Mode mode) {
    int len = 16_400 + d.between(0, 4000);
    String text = "show version " + "x".repeat(len) + "\n";
    return new Item(text, "command of " + text.length() + " bytes", true, false, false, true, Mode.NONINT);
  }

  /** Many short commands on one line: fine before 3.2 even over the buffer size; 3.2 limits the whole line. */
  private Item longChain(Draw d, Mode mode) {
    int n = d.chance(20) ? d.between(1500, 2200) : d.between(20, 200);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(';');
      }
      sb.append(i % 3 == 0 ? "show cli level" : "add map {DIR}/b.map chain" + i + " v" + i);
    }
    sb.append('\n');
    boolean big = sb.length() > 12_000;
    return new Item(sb.toString(), "chain of " + n + " commands", big, false, false, true, big ? Mode.NONINT : mode);
  }

  // ---------------------------------------------------------------- payloads

  private static final String[] PAYLOAD_TARGETS = {"{DIR}/b.map", "{DIR}/a.map", "{DIR}/ip.map", "#4", "#2"};

  /** @param small no payload over a few hundred bytes (2.x non-interactive: see the class comment) */
  private Item payload(Draw d, Mode mode, boolean small) {
    String target = d.pick(PAYLOAD_TARGETS);
    String cmd = d.weighted(List.of(
        w(60, "add map " + target),
        w(15, "add map " + d.pick("@1", "@2", "@0", "@abc") + " " + target),
        w(5, "add acl {DIR}/allow.acl"),
        w(5, "add map"),
        w(5, "show version"),
        w(5, "set map " + target),
        w(5, "add map {DIR}/nope.map")));
    String pattern = "";
    boolean custom = d.chance(30);
    if (custom) {
      pattern = d.pick("EOF", "END", "X", "1234567", "eof");
    }
    String marker = "<<" + pattern;
    // 3.2 in prompt mode answers a CRLF marker line with megabytes that differ from run to run (the parser loops
    // over its buffer): real nondeterminism, not generated there
    boolean crlfMarker = !v32 && d.chance(3);
    String markerLine = cmd + d.pick(" ", "  ", "\t") + marker + (crlfMarker ? "\r\n" : "\n");
    int size = small ? d.weighted(List.of(w(80, 0), w(20, 1))) : d.weighted(List.of(w(70, 0), w(20, 1), w(8, 2),
        w(2, 3)));
    int lines = switch (size) {
      case 0 -> d.between(0, 3);
      case 1 -> d.between(4, 40);
      case 2 -> d.between(100, 450);
      default -> d.between(1200, 1600); // over tune.bufsize
    };
    boolean ip = target.contains("ip");
    StringBuilder body = new StringBuilder();
    boolean crlfBody = size < 2 && d.chance(5);
    for (int i = 0; i < lines; i++) {
      body.append(payloadLine(d, i, ip, custom, size >= 2)).append(crlfBody ? "\r\n" : "\n");
    }
    int end = size >= 2 ? 0 : d.weighted(List.of(w(90, 0), w(5, 1), w(5, 2)));
    String terminator = switch (end) {
      case 0 -> pattern + "\n";
      case 1 -> pattern + "\r\n";
      default -> "";
    };
    String text = markerLine + body + terminator;
    boolean oversize = size == 3;
    boolean customOn2x = custom && v2;
    boolean plain = end == 0 && !oversize && !crlfMarker && !crlfBody && !customOn2x;
    boolean closing = oversize;
    Mode after = oversize ? Mode.NONINT : mode;
    String desc = "payload " + cmd.replace("{DIR}/", "") + " " + marker + " " + lines + " lines"
        + (end == 1 ? " CRLF-terminated" : end == 2 ? " unterminated" : "") + (crlfBody ? " CRLF" : "");
    return new Item(text, desc, closing, plain && lines < 100, true, plain, after);
  }

  private String payloadLine(Draw d, int i, boolean ip, boolean custom, boolean bulk) {
    if (bulk) {
      return ip ? "10." + (i / 250 % 250) + "." + (i % 250) + ".0/24 net" + i : "bulk" + i + " value" + i;
    }
    return d.weighted(List.of(
        w(50, ip ? d.pick("10.9.0.0/16 net9", "172.16.0.1 host", "::1 six", "bad.ip x") : "pk" + i + " pv" + i),
        w(10, "lonely" + i),
        w(10, "k" + i + " v1 v2 v3"),
        w(10, custom ? "" : "k" + i + "\tv" + i),
        w(10, d.pick("  spaced" + i + "   value", "semi;colon v", "back\\slash v", "q\"uote v")),
        w(10, d.word("abcxyz019.-", 1, 12) + " " + d.word("abcxyz019.-", 0, 12)),
        w(3, d.pick("nul" + i + "\0k v", "pk" + i + " pv\0tail", "\0k" + i + " v"))));
  }

  /**
   * Rarely, a NUL byte somewhere in a command: HAProxy reads commands as C strings. Never before the end of a
   * {DIR} path: an unknown command's suggestions depend on its words, and each instance has its own folder.
   */
  private String withNul(Draw d, String command) {
    if (!d.chance(4)) {
      return command;
    }
    int from = 0;
    int dir = command.indexOf("{DIR}");
    if (dir >= 0) {
      int blank = command.indexOf(' ', dir);
      from = blank < 0 ? command.length() : blank;
    }
    int at = d.between(from, command.length());
    return command.substring(0, at) + "\0" + command.substring(at);
  }

  /**
   * Markers whose reading differs between versions: glued {@code x<<}, {@code <<} before a {@code ;}, a pattern
   * over 7 bytes (3.0 then runs the next line too), {@code <<} not last. Followed by a couple of lines and an empty
   * line. Never split, and nothing after it in another write.
   */
  private Item weirdPayload(Draw d, Mode mode) {
    String line = d.pick(
        "add map {DIR}/b.map x<<",
        "add map {DIR}/b.map <<;show cli level",
        "add map {DIR}/b.map <<TOOLONGPAT",
        "add map {DIR}/b.map << x",
        "show cli level;add map {DIR}/b.map <<",
        "add map {DIR}/b.map <<EOF extra");
    String text = line + "\n" + "wk1 wv1\n" + (d.chance(50) ? "wk2 wv2\n" : "") + (d.chance(70) ? "\n" : "")
        + (d.chance(50) ? "show cli level\n" : "");
    return new Item(text, "weird marker '" + line.replace("{DIR}/", "") + "'", false, false, true, false, mode);
  }

  // ---------------------------------------------------------------- commands

  private static final String[] MAPS = {"{DIR}/a.map", "{DIR}/ip.map", "{DIR}/b.map", "#2", "#3", "#4",
      "{DIR}/allow.acl", "#0", "#1", "#99", "{DIR}/nope.map", "file@{DIR}/a.map", "a.map", "#abc", "#-1",
      "virt@{DIR}/a.map"};
  private static final String[] ACLS = {"{DIR}/allow.acl", "#0", "#1", "#5", "#2", "{DIR}/a.map", "#99",
      "{DIR}/nope.acl"};
  private static final String[] VERSIONS = {"@1", "@0", "@2", "@3", "@abc", "@", "@-1", "@99999999999"};
  private static final String[] KEYS = {"example.com", "foo.local", "k1", "k2", "bar.local", "new.key", "K1",
      "", "sp\\ ace", "semi\\;colon", "x".repeat(120)};
  private static final String[] VALUES = {"v1", "be_x", "be_example", "v2", "", "two words", "tab\\\tv"};
  private static final String[] IPS = {"10.0.0.1", "127.0.0.1", "192.168.1.5", "10.0.0.0/8", "1.2.3.4",
      "192.168.1.0/24", "::1", "2001:db8::1", "2001:db8::/32", "300.1.1.1", "1.2.3.4/33", "abc", "10.0.0.1/8",
      "0.0.0.0/0", "::ffff:10.0.0.1"};
  private static final String[] HELP_WORDS = {"", "map", "acl", "show", "show map", "add", "prompt", "foo",
      "set", "get map", "clear", "show version", "help", "commit acl"};
  private static final String[] UNKNOWN = {"foo", "shwo map", "mapp", "sho", "show", "show mapp", "add", "get",
      "clear", "xyzzy", "show mapp a.map extra words", "SHOW VERSION", "showversion", "del", "commit",
      "prepare", "set", "acl", "map"};

  String command(Draw d) {
    List<Weighted<Function<Draw, String>>> kinds = List.of(
        w(8, dd -> "show cli level"),
        w(6, dd -> "show version"),
        w(16, this::showCommand),
        w(12, this::getCommand),
        w(16, this::addCommand),
        w(6, this::setCommand),
        w(8, this::delCommand),
        w(5, this::clearCommand),
        w(7, this::versionCommand),
        w(4, dd -> "help" + suffix(dd.pick(HELP_WORDS))),
        w(5, dd -> dd.chance(50) ? dd.pick(UNKNOWN) : dd.word("abcdefghijklmnopqrstuvwxyz", 1, 9)),
        w(4, this::levelCommand),
        w(4, this::settingCommand),
        // never {DIR} in an unknown command: HAProxy's suggestions depend on every word, and the folder is random
        w(3, dd -> "echo" + suffix(dd.pick("", "hello", "a b  c", "semi\\;colon"))),
        w(3, dd -> ""),
        w(2, this::tooManyArgs));
    return d.weighted(kinds).apply(d);
  }

  private static String suffix(String s) {
    return s.isEmpty() ? "" : " " + s;
  }

  private String map(Draw d) {
    return d.weighted(List.of(w(55, d.pick("{DIR}/a.map", "{DIR}/b.map", "{DIR}/ip.map")), w(45, d.pick(MAPS))));
  }

  private String acl(Draw d) {
    return d.pick(ACLS);
  }

  private String ver(Draw d) {
    return d.chance(30) ? d.pick(VERSIONS) + " " : "";
  }

  private String key(Draw d, String map) {
    if (map.contains("ip") || map.equals("#3")) {
      return d.pick(IPS);
    }
    return d.chance(75) ? d.pick(KEYS) : d.word("abcdefghijklmnopqrstuvwxyz0123456789.-_", 1, 10);
  }

  private String showCommand(Draw d) {
    return d.weighted(List.of(
        w(20, "show map"),
        w(10, "show acl"),
        w(40, "show map " + ver(d) + map(d)),
        w(20, "show acl " + ver(d) + acl(d)),
        w(5, "show map " + map(d) + " extra"),
        w(5, "show map @1")));
  }

  private String getCommand(Draw d) {
    String m = map(d);
    return d.weighted(List.of(
        w(60, "get map " + m + " " + key(d, m)),
        w(25, "get acl " + acl(d) + " " + d.pick(IPS)),
        w(10, "get map " + m),
        w(5, "get map")));
  }

  private String addCommand(Draw d) {
    String m = map(d);
    String k = key(d, m);
    return d.weighted(List.of(
        w(55, "add map " + ver(d) + m + " " + k + " " + d.pick(VALUES)),
        w(15, "add acl " + ver(d) + acl(d) + " " + d.pick(IPS)),
        w(10, "add map " + m + " " + k),
        w(10, "add map " + m + " " + k + " v1 v2 v3"),
        w(5, "add map " + m),
        w(5, "add acl")));
  }

  private String setCommand(Draw d) {
    String m = map(d);
    return d.weighted(List.of(
        w(70, "set map " + ver(d) + m + " " + key(d, m) + " " + d.pick(VALUES)),
        w(15, "set map " + m + " #0x" + d.pick("0", "1234", "deadbeef", "zz") + " v"),
        w(15, "set map " + m + " " + key(d, m))));
  }

  private String delCommand(Draw d) {
    String m = map(d);
    return d.weighted(List.of(
        w(60, "del map " + ver(d) + m + " " + key(d, m)),
        w(20, "del acl " + ver(d) + acl(d) + " " + d.pick(IPS)),
        w(10, "del map " + m),
        w(10, "del map " + m + " #0x" + d.pick("0", "1234", "zz"))));
  }

  private String clearCommand(Draw d) {
    return d.weighted(List.of(
        w(60, "clear map " + ver(d) + map(d)),
        w(25, "clear acl " + ver(d) + acl(d)),
        w(15, "clear map")));
  }

  private String versionCommand(Draw d) {
    boolean acl = d.chance(25);
    String target = acl ? acl(d) : map(d);
    String kind = acl ? "acl" : "map";
    return d.weighted(List.of(
        w(45, "prepare " + kind + " " + target),
        w(45, "commit " + kind + " " + d.pick(VERSIONS) + " " + target),
        w(10, "commit " + kind + " " + target)));
  }

  private String levelCommand(Draw d) {
    return d.pick("operator", "user", "operator -", "user -", "expert-mode", "expert-mode on", "expert-mode off",
        "experimental-mode", "experimental-mode on", "admin");
  }

  private String settingCommand(Draw d) {
    return d.pick("set severity-output number", "set severity-output string", "set severity-output none",
        "set severity-output foo", "set timeout cli 30", "set timeout cli", "set timeout cli abc",
        "set timeout foo 30", "set timeout cli 1m");
  }

  private String tooManyArgs(Draw d) {
    int extra = d.between(60, 70);
    StringBuilder sb = new StringBuilder("add map {DIR}/b.map many v");
    for (int i = 0; i < extra; i++) {
      sb.append(" w").append(i);
    }
    return sb.toString();
  }

  /** Blanks: leading spaces, tabs or double spaces between words, trailing blanks. */
  private String decorate(Draw d, String command) {
    if (command.isEmpty() || !d.chance(15)) {
      return command;
    }
    String c = command;
    if (d.chance(50)) {
      c = d.pick(" ", "\t", "  ") + c;
    }
    if (d.chance(50)) {
      c = c.replaceFirst(" ", d.pick("  ", "\t", " \t "));
    }
    if (d.chance(30)) {
      c = c + d.pick(" ", "\t");
    }
    return c;
  }
}
