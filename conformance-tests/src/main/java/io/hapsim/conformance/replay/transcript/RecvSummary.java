package io.hapsim.conformance.replay.transcript;

import io.hapsim.conformance.replay.text.Latin1;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What {@code "record": {"mode": "summary"}} keeps of the received text: line count, sha256 of the
 * (normalised) text, the first {@code head} and last {@code tail} lines (run-compressed).
 */
public record RecvSummary(long lines, String sha256, List<RecvItem> head, List<RecvItem> tail) {
  public RecvSummary {
    head = List.copyOf(head);
    tail = List.copyOf(tail);
  }

  /** Summarises normalised text split into lines (the tail is empty when all lines fit in the head). */
  public static RecvSummary of(String text, List<String> lines, int head, int tail) {
    List<String> h = lines.subList(0, Math.min(head, lines.size()));
    List<String> t;
    if (lines.size() <= head) {
      t = List.of();
    } else if (tail <= 0) {
      t = lines; // the reference takes lines[-tail:], and lines[-0:] is the whole list
    } else {
      t = lines.subList(Math.max(0, lines.size() - tail), lines.size());
    }
    return new RecvSummary(lines.size(), sha256(text), RecvItem.compress(h), RecvItem.compress(t));
  }

  public static String sha256(String latin1) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Latin1.encode(latin1)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
