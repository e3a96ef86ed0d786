package io.hapsim.conformance.compat;

import java.util.ArrayList;
import java.util.List;

/** The answers of a non-interactive connection, one per command: each ends with the CLI's empty line. */
final class Answers {

  private Answers() {}

  /** The complete answers in {@code received}, without their terminating empty line; a cut-off tail is dropped. */
  static List<String> split(String received) {
    List<String> answers = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int start = 0;
    while (start < received.length()) {
      int end = received.indexOf('\n', start);
      if (end < 0) {
        break;
      }
      String line = received.substring(start, end + 1);
      start = end + 1;
      if (line.equals("\n")) {
        answers.add(current.toString());
        current.setLength(0);
      } else {
        current.append(line);
      }
    }
    return answers;
  }
}
