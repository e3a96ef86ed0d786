package io.hapsim.conformance.proxy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hapsim.conformance.replay.run.RunOptions;
import io.hapsim.conformance.replay.scenario.ConnectionSpec;
import io.hapsim.conformance.replay.scenario.Scenario;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import io.hapsim.conformance.replay.text.Latin1;
import io.hapsim.conformance.replay.text.Normalizer;
import io.hapsim.conformance.replay.text.PyJson;
import io.hapsim.conformance.replay.text.Template;
import io.hapsim.conformance.replay.transcript.ConnectionRecord;
import io.hapsim.conformance.replay.transcript.Event;
import io.hapsim.conformance.replay.transcript.Timing;
import io.hapsim.conformance.replay.transcript.Transcript;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Proxied connections as a scenario (what the clients did) and a transcript (what the target answered), made so
 * that replaying the scenario on the same target records that same transcript.
 *
 * <ul>
 *   <li>each chunk a client sent is a {@code send} step (one write on replay, as it was one read here), or {@code
 *       send_hex} when it holds bytes other than printable ASCII, tab, CR and LF, or text that replay would
 *       substitute ({@code {NAME}}); a client pause of {@value #SLEEP_THRESHOLD_MS} ms or more before an action is
 *       a {@code sleep}, so timing races replay alike; a client half-close is {@code shutw};</li>
 *   <li>a connection whose upstream closed reads {@code until} close, others until {@code idle};</li>
 *   <li>connections that overlapped in time are {@code parallel} (replay starts them together, and consecutive
 *       ones form one group: the format has no separator), each first sleeping as long after the group's first
 *       connection as it came; a group that follows another directly sleeps from the start of that one, so that what
 *       it sends still comes once the first had ended;</li>
 *   <li>run-time values given as variables (the instance folder...) are written as {@code {NAME}}, in what is sent
 *       and in what is received, and answers are normalised as the corpus does (entry pointers);</li>
 *   <li>an answer over {@value #SUMMARY_LINES} lines is recorded as a summary (line count, hash, head and tail).</li>
 * </ul>
 */
final class RecordedSession {
  static final long SLEEP_THRESHOLD_MS = 50;
  static final int SUMMARY_LINES = 2000;
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /**
   * @param socket the socket name every connection is given
   * @param vars run-time values written as their {@code {NAME}}
   * @param label the transcript's version label (null: none)
   * @param notes the transcript's notes (null: none)
   */
  record Settings(String name, String description, String socket, Map<String, String> vars, String label,
      String notes) {
    Settings {
      vars = Map.copyOf(vars);
    }
  }

  /** The scenario file's content, the same as loaded, and the golden transcript. */
  record Recording(ObjectNode json, Scenario scenario, Transcript golden) {}

  private RecordedSession() {}

  /** @param connections in accept order */
  static Recording of(Settings settings, List<ConnectionTimeline.Snapshot> connections) {
    long now = System.nanoTime();
    long[] groupStart = new long[connections.size()];
    boolean[] parallel = new boolean[connections.size()];
    groupOverlapping(connections, groupStart, parallel);
    Normalizer sendNorm = new Normalizer(settings.vars(), List.of());

    ObjectNode root = F.objectNode().put("name", settings.name()).put("description", settings.description());
    ArrayNode conns = root.putArray("connections");
    List<List<Event>> events = new ArrayList<>();
    for (int k = 0; k < connections.size(); k++) {
      ConnectionTimeline.Snapshot s = connections.get(k);
      ObjectNode c = conns.addObject().put("name", name(s)).put("socket", settings.socket());
      if (parallel[k]) {
        c.put("parallel", true);
      }
      List<Event> ev = new ArrayList<>();
      steps(s, groupStart[k], sendNorm, c.putArray("steps"), ev);
      events.add(ev);
      if (s.refused() == null) {
        if (Latin1.count(Latin1.decode(s.received()), '\n') > SUMMARY_LINES) {
          c.putObject("record").put("mode", "summary");
        }
        c.set("read", readRule(s, now));
      }
    }
    Scenario scenario = ScenarioLoader.parse(root.toString(), settings.name());
    Normalizer recvNorm = new Normalizer(settings.vars(), scenario.effectiveRules());
    List<ConnectionRecord> records = new ArrayList<>();
    for (int k = 0; k < connections.size(); k++) {
      records.add(record(connections.get(k), scenario.connections().get(k), events.get(k), recvNorm, now));
    }
    Transcript golden = new Transcript(Transcript.FORMAT, settings.name(), settings.label(), settings.notes(),
        records, null);
    return new Recording(root, scenario, golden);
  }

  private static String name(ConnectionTimeline.Snapshot s) {
    return "c" + s.index();
  }

  /**
   * Marks runs of connections that overlapped in time as parallel; each gets the instant its group began. A
   * connection lasts, here, until the last thing a client could see of it (its own last action or the upstream's),
   * not until the proxy had closed both sockets: a client that saw the end and opened the next connection did not
   * run the two together.
   */
  private static void groupOverlapping(List<ConnectionTimeline.Snapshot> cs, long[] groupStart, boolean[] parallel) {
    int i = 0;
    long runStart = -1; // the start of the parallel groups just before, which replay runs as one
    while (i < cs.size()) {
      long end = cs.get(i).lastActivityNanos();
      int j = i;
      while (j + 1 < cs.size() && cs.get(j + 1).acceptedNanos() < end) {
        j++;
        end = Math.max(end, cs.get(j).lastActivityNanos());
      }
      boolean group = j > i;
      // a group right after another has nothing to wait for on replay (the format has no separator): its
      // connections sleep from the start of the first, so that what they send still comes after the first ended
      runStart = !group ? -1 : runStart >= 0 ? runStart : cs.get(i).acceptedNanos();
      for (int k = i; k <= j; k++) {
        groupStart[k] = group ? runStart : cs.get(k).acceptedNanos();
        parallel[k] = group;
      }
      i = j + 1;
    }
  }

  private static long endOf(ConnectionTimeline.Snapshot s, long now) {
    return s.isClosed() ? s.closedNanos() : now;
  }

  /** The connection's steps, and the events replaying them records (as the runner records them). */
  private static void steps(ConnectionTimeline.Snapshot s, long start, Normalizer sendNorm, ArrayNode steps,
      List<Event> events) {
    if (s.refused() != null) {
      return; // the runner records nothing for a connection it could not make
    }
    events.add(new Event.Connect("ok"));
    long previous = start;
    boolean failed = false;
    for (ConnectionTimeline.Action a : s.actions()) {
      long pauseMs = (a.nanos() - previous) / 1_000_000;
      previous = a.nanos();
      if (pauseMs >= SLEEP_THRESHOLD_MS) {
        ObjectNode sleep = steps.addObject();
        sleep.put("sleep", pauseMs / 1000.0);
        if (!failed) { // after a failed write the runner records no sleep
          events.add(new Event.Sleep(PyJson.dumps(sleep.get("sleep"))));
        }
      }
      if (a.isShutw()) {
        steps.addObject().put("shutw", true);
        events.add(new Event.ShutW(failed ? Event.Send.SKIPPED : "ok"));
        continue;
      }
      String sent = Latin1.decode(a.bytes());
      if (plainText(sent)) {
        steps.addObject().put("send", sendNorm.text(sent));
      } else {
        steps.addObject().put("send_hex", HexFormat.of().formatHex(a.bytes()));
      }
      events.add(failed ? Event.Send.skipped() : sendEvent(sent, a, sendNorm));
      failed |= a.failure() != null;
    }
  }

  /** Text that a {@code send} step carries as it is: printable ASCII, tab, CR, LF, and nothing to substitute. */
  private static boolean plainText(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if ((ch < 0x20 || ch > 0x7E) && ch != '\t' && ch != '\n' && ch != '\r') {
        return false;
      }
    }
    return !Template.hasToken(s);
  }

  private static Event.Send sendEvent(String sent, ConnectionTimeline.Action a, Normalizer norm) {
    long len = norm.length(sent);
    long lines = Latin1.count(sent, '\n');
    if (a.failure() == null) {
      return new Event.Send(len, lines, 0, Event.Send.OK, null, null);
    }
    String part = sent.substring(0, a.written());
    return new Event.Send(len, lines, 0, a.failure(), norm.length(part), (long) Latin1.count(part, '\n'));
  }

  /**
   * Until close when the upstream closed, given time enough to see the close again when it came late; else until
   * the answer stops (idle).
   */
  private static ObjectNode readRule(ConnectionTimeline.Snapshot s, long now) {
    ObjectNode read = F.objectNode();
    if (s.end() == null) {
      return read.put("until", "idle");
    }
    read.put("until", "close");
    double defaultTimeout = RunOptions.DEFAULTS.readTimeoutSeconds();
    long closeAfterS = timing(s, now).closeAfterS();
    if (closeAfterS >= defaultTimeout - 1) {
      read.put("timeout", closeAfterS + (long) defaultTimeout);
    }
    return read;
  }

  private static Timing timing(ConnectionTimeline.Snapshot s, long now) {
    List<ConnectionTimeline.Action> actions = s.actions();
    long stepsDone = actions.isEmpty() ? s.acceptedNanos() : actions.get(actions.size() - 1).nanos();
    return Timing.of(s.acceptedNanos(), s.firstByteNanos(), s.endNanos(), stepsDone, endOf(s, now));
  }

  private static ConnectionRecord record(ConnectionTimeline.Snapshot s, ConnectionSpec spec, List<Event> events,
      Normalizer recvNorm, long now) {
    if (s.refused() != null) {
      return new ConnectionRecord(spec.name(), spec.socket(), "connect-failed:" + s.refused(), null, null, events,
          null, null);
    }
    String text = recvNorm.text(Latin1.decode(s.received()));
    return ConnectionRecord.received(spec.name(), spec.socket(), s.end() != null ? s.end() : "open",
        timing(s, now), events, text, spec.record());
  }
}
