package io.hapsim.conformance.report;

import java.util.List;

/** Text from the results (HAProxy's answers, diffs, scenario inputs) quoted so Markdown shows it as it is. */
final class Markdown {
  private Markdown() {}

  /**
   * An inline code span (not for table cells: there a {@code |} would end the cell): its fence is one backtick more
   * than the longest run inside.
   */
  static String code(String text) {
    String fence = "`".repeat(longestBacktickRun(text) + 1);
    String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
    return fence + pad + text + pad + fence;
  }

  /** A fenced block of at most {@code maxLines} lines (the rest counted). */
  static String block(List<String> lines, int maxLines) {
    List<String> shown = lines.size() <= maxLines ? lines : lines.subList(0, maxLines);
    StringBuilder sb = new StringBuilder();
    String fence = "`".repeat(Math.max(3, shown.stream().mapToInt(Markdown::longestBacktickRun).max().orElse(0) + 1));
    sb.append(fence).append('\n');
    shown.forEach(l -> sb.append(l).append('\n'));
    if (shown.size() < lines.size()) {
      sb.append("... (").append(lines.size() - shown.size()).append(" more lines)\n");
    }
    return sb.append(fence).append('\n').toString();
  }

  private static int longestBacktickRun(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }
}
