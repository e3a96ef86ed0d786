package io.hapsim.conformance.replay.transcript;

import static io.hapsim.conformance.replay.text.Escape.esc;

import io.hapsim.conformance.replay.text.PyJson;
import java.util.ArrayList;
import java.util.List;

/**
 * The readable form of a transcript, line by line. Comparisons diff these lines, so what is left
 * out here is what a comparison ignores.
 *
 * @param strict also show byte counts of failed writes, and eof vs ECONNRESET
 * @param timing also show coarse timing and notes
 * @param withLog show the instance log
 */
public record Renderer(boolean strict, boolean timing, boolean withLog) {

  /** What a comparison shows by default: no timing, no written counts, eof = ECONNRESET. */
  public static Renderer forComparison(boolean withLog) {
    return new Renderer(false, false, withLog);
  }

  /** Everything (for showing a single transcript). */
  public static Renderer full() {
    return new Renderer(true, true, true);
  }

  /** {@code eof} and {@code recv-error:ECONNRESET} both read {@code closed} unless strict. */
  private boolean looseClose() {
    return !strict;
  }

  public List<String> render(Transcript tr) {
    List<String> lines = new ArrayList<>();
    lines.add("scenario " + tr.scenario() + (tr.label() != null && !tr.label().isEmpty() ? " [" + tr.label() + "]" : ""));
    for (ConnectionRecord c : tr.connections()) {
      lines.add("[" + c.name() + " socket=" + c.socket() + "]");
      for (Event e : c.events()) {
        event(e, lines);
      }
      if (c.recv() != null) {
        lines.add("  recv " + (c.recvBytes() == null ? 0 : c.recvBytes()) + " bytes:");
        c.recv().forEach(it -> lines.add(item(it)));
      }
      if (c.recvSummary() != null) {
        RecvSummary s = c.recvSummary();
        lines.add("  recv %d bytes, %d lines, sha256 %s; head/tail:".formatted(
            c.recvBytes() == null ? 0 : c.recvBytes(), s.lines(), s.sha256().substring(0, Math.min(16, s.sha256().length()))));
        s.head().forEach(it -> lines.add(item(it)));
        if (!s.tail().isEmpty()) {
          lines.add("    ...");
          s.tail().forEach(it -> lines.add(item(it)));
        }
      }
      String end = c.end();
      if (looseClose() && ("eof".equals(end) || "recv-error:ECONNRESET".equals(end))) {
        end = "closed";
      }
      lines.add("  end: " + (end == null ? "None" : end));
      if (timing && c.timing() != null) {
        lines.add("  timing: " + PyJson.dumps(TranscriptJson.toJson(c.timing())));
      }
    }
    if (withLog && tr.log() != null) {
      lines.add("[log]");
      tr.log().forEach(l -> lines.add("    \"" + esc(l) + "\""));
    }
    if (tr.notes() != null && !tr.notes().isEmpty() && timing) {
      lines.add("notes: " + tr.notes());
    }
    return lines;
  }

  private void event(Event e, List<String> lines) {
    if (e instanceof Event.Connect c) {
      lines.add("  connect: " + c.result());
    } else if (e instanceof Event.Sleep s) {
      lines.add("  sleep " + s.shown() + "s");
    } else if (e instanceof Event.Send s) {
      if (s.isSkipped()) {
        lines.add("  send: skipped (earlier write failed)");
        return;
      }
      StringBuilder sb = new StringBuilder("  send ").append(s.len()).append("B/").append(s.lines()).append('L');
      if (s.writes() != 0) {
        sb.append(" in ").append(s.writes()).append(" writes");
      }
      sb.append(": ").append(s.result());
      if (strict && !Event.Send.OK.equals(s.result())) {
        sb.append(" after ").append(s.written() == null ? -1 : s.written()).append("B/")
            .append(s.writtenLines() == null ? -1 : s.writtenLines()).append('L');
      }
      lines.add(sb.toString());
    } else if (e instanceof Event.ShutW s) {
      lines.add("  shutw: " + s.result());
    } else if (e instanceof Event.Capture c) {
      lines.add("  capture " + c.variable() + ": " + c.result());
    } else if (e instanceof Event.WaitFor w) {
      lines.add("  wait_for \"" + esc(w.pattern()) + "\"" + (w.count() != null && w.count() != 0 ? " x" + w.count() : "")
          + ": " + w.result());
    } else {
      lines.add("  " + PyJson.dumps(TranscriptJson.toJson(e)));
    }
  }

  private static String item(RecvItem it) {
    return it.run() ? "    \"" + esc(it.line()) + "\" x" + it.count() : "    \"" + esc(it.line()) + "\"";
  }
}
