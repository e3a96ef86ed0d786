package io.hapsim.conformance.replay.transcript;

import static io.hapsim.conformance.replay.text.Escape.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two transcripts the way the reference tool does: their renderings (without the title
 * line) are diffed; unless strict, byte counts of failed writes are ignored and a peer close seen
 * as {@code eof} equals one seen as {@code recv-error:ECONNRESET} (a race); timing only with
 * {@code timing}; the log only when both sides have one. A difference is a unified diff of the
 * escaped lines, followed by the offset of the first differing byte of each connection's
 * received text.
 */
public final class TranscriptDiff {
  private TranscriptDiff() {}

  /** Empty when the transcripts compare equal. */
  public static List<String> diff(Transcript a, Transcript b, String labelA, String labelB, boolean strict,
      boolean timing) {
    boolean withLog = a.log() != null && b.log() != null;
    Renderer r = new Renderer(strict, timing, withLog);
    List<String> ra = r.render(a);
    List<String> rb = r.render(b);
    ra = ra.subList(1, ra.size());
    rb = rb.subList(1, rb.size());
    if (ra.equals(rb)) {
      return List.of();
    }
    List<String> out = new ArrayList<>(UnifiedDiff.diff(ra, rb, labelA, labelB, 3));
    out.addAll(firstDifferingBytes(a, b));
    return out;
  }

  /** Default comparison (not strict, no timing). */
  public static List<String> diff(Transcript expected, Transcript actual, String labelA, String labelB) {
    return diff(expected, actual, labelA, labelB, false, false);
  }

  /** Per connection (matched by name) whose full received texts differ: where they first differ. */
  public static List<String> firstDifferingBytes(Transcript a, Transcript b) {
    Map<String, ConnectionRecord> byName = new LinkedHashMap<>();
    a.connections().forEach(c -> byName.put(c.name(), c));
    List<String> out = new ArrayList<>();
    for (ConnectionRecord cb : b.connections()) {
      ConnectionRecord ca = byName.get(cb.name());
      if (ca == null) {
        continue;
      }
      String ta = ca.recvText();
      String tb = cb.recvText();
      if (ta == null || tb == null || ta.equals(tb)) {
        continue;
      }
      int i = firstDifference(ta, tb);
      out.add("  %s: recv first differs at byte %d: A \"%s\" | B \"%s\"".formatted(cb.name(), i,
          esc(window(ta, i)), esc(window(tb, i))));
    }
    return out;
  }

  /** Index of the first differing char, or the shorter length when one is a prefix of the other. */
  public static int firstDifference(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  private static String window(String s, int i) {
    return s.substring(Math.min(s.length(), Math.max(0, i - 10)), Math.min(s.length(), i + 30));
  }
}
