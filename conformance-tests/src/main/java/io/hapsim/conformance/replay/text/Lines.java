package io.hapsim.conformance.replay.text;

import java.util.ArrayList;
import java.util.List;

/** Line splitting as recorded in transcripts. */
public final class Lines {
  private Lines() {}

  /**
   * Splits after each {@code \n}, keeping it on its line; a final partial line is kept, an empty
   * string gives no lines.
   */
  public static List<String> splitKeepingNewlines(String s) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', start)) {
      out.add(s.substring(start, i + 1));
      start = i + 1;
    }
    if (start < s.length()) {
      out.add(s.substring(start));
    }
    return out;
  }
}
