package io.hapsim.conformance.replay.transcript;

import io.hapsim.conformance.replay.text.Lines;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a recorded {@code recv} list: a line, or a run of identical lines recorded as
 * {@code [line, count]}.
 */
public record RecvItem(String line, int count, boolean run) {
  /** Runs of at least this many equal lines are compressed. */
  public static final int MIN_RUN = 3;

  public static RecvItem line(String line) {
    return new RecvItem(line, 1, false);
  }

  public static RecvItem run(String line, int count) {
    return new RecvItem(line, count, true);
  }

  /** Compresses runs of {@link #MIN_RUN}+ identical lines. */
  public static List<RecvItem> compress(List<String> lines) {
    List<RecvItem> out = new ArrayList<>();
    int i = 0;
    int n = lines.size();
    while (i < n) {
      int j = i;
      while (j < n && lines.get(j).equals(lines.get(i))) {
        j++;
      }
      if (j - i >= MIN_RUN) {
        out.add(run(lines.get(i), j - i));
      } else {
        for (int k = i; k < j; k++) {
          out.add(line(lines.get(k)));
        }
      }
      i = j;
    }
    return out;
  }

  /** Splits text into lines (each keeping its {@code \n}) and compresses runs. */
  public static List<RecvItem> ofText(String text) {
    return compress(Lines.splitKeepingNewlines(text));
  }

  /** The text the items stand for. */
  public static String text(List<RecvItem> items) {
    StringBuilder sb = new StringBuilder();
    for (RecvItem it : items) {
      for (int k = 0; k < it.count(); k++) {
        sb.append(it.line());
      }
    }
    return sb.toString();
  }
}
