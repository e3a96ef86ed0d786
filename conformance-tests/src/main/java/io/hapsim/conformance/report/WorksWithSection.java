package io.hapsim.conformance.report;

import io.hapsim.conformance.report.Results.Comparison;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "Works with" table: each real client the real-tools suite runs unmodified, what it compared between the
 * simulator and real HAProxy, and per version whether they were the same in the last run. The report and the
 * README show it; {@code ./hapsim conformance-report} rewrites both.
 */
public final class WorksWithSection {
  public static final String EXPORTER = "prometheus-haproxy-exporter 0.14 (Debian)";
  public static final String ANSIBLE = "Ansible community.general.haproxy (Debian ansible 7.7)";
  public static final String HATOP = "hatop 0.8.2 (Debian)";
  public static final String SOCAT_RECIPES = "socat 1.7.4, the haproxy#2658 recipes";
  public static final String NODE = "haproxy 0.3.0 (npm), a Node.js client library";

  /** README markers between which the table is kept. */
  static final String BEGIN = "<!-- works-with:begin (./hapsim conformance-report) -->";
  static final String END = "<!-- works-with:end -->";

  private static final Map<String, String> COMPARED = new LinkedHashMap<>();

  static {
    COMPARED.put(EXPORTER, "every haproxy_* metric: names, labels, values");
    COMPARED.put(ANSIBLE, "each task's result (changed, commands, answers, server rows before/after, failures) of"
        + " a playbook: disable with wait, drain, weights, enable, shutdown sessions, unknown server");
    COMPARED.put(HATOP, "its five screens in tmux (clock, uptime, pid, time since change masked)");
    COMPARED.put(SOCAT_RECIPES, "output, errors and exit status, entries applied: prompt mode and one stream at"
        + " 20,000 entries (3.x), a socat per entry at 500");
    COMPARED.put(NODE, "each call's error or parsed result (info, stat, weights, enable/disable, sessions, errors,"
        + " maxconn, rate limits, pause/resume, clear counters; pid, uptime, memory, dates, pointers masked)");
  }

  private WorksWithSection() {}

  /** The table alone (empty when the last run had no real-tools results). */
  static String table(List<Comparison> comparisons, List<String> versions) {
    List<Comparison> tools = comparisons.stream().filter(c -> c.comparison().equals(Results.REAL_TOOLS)).toList();
    if (tools.isEmpty()) {
      return "";
    }
    List<String> measured = versions.stream().filter(v -> tools.stream().anyMatch(c -> c.version().equals(v)))
        .toList();
    List<String> names = new ArrayList<>(COMPARED.keySet());
    tools.stream().map(Comparison::scenario).filter(t -> !names.contains(t)).distinct().forEach(names::add);
    StringBuilder sb = new StringBuilder("| client | compared, simulator vs real HAProxy |");
    measured.forEach(v -> sb.append(' ').append(v).append(" |"));
    sb.append("\n| --- | --- |");
    measured.forEach(v -> sb.append(" --- |"));
    sb.append('\n');
    for (String tool : names) {
      sb.append("| ").append(tool).append(" | ").append(COMPARED.getOrDefault(tool, "")).append(" |");
      for (String version : measured) {
        List<Comparison> runs = tools.stream().filter(c -> c.scenario().equals(tool) && c.version().equals(version))
            .toList();
        sb.append(' ').append(runs.isEmpty() ? "not run" : runs.stream().allMatch(c -> c.status().equals("PASSED"))
            ? "same" : "**differs**").append(" |");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** The report's section. */
  static String render(List<Comparison> comparisons, List<String> versions) {
    String table = table(comparisons, versions);
    if (table.isEmpty()) {
      return "";
    }
    return "## Works with: real clients, unmodified\n\n"
        + "The real-tools suite (`conformance-tests/.../realtools/`) installs each client as a user does "
        + "(`scripts/install-real-tools`: Debian's packages) and runs it against the simulator and against real "
        + "HAProxy on the corpus fixture's configuration; \"same\" means it produced the same on both.\n\n" + table;
  }

  /** {@code readme} with the table between its markers replaced (unchanged without markers or results). */
  static String intoReadme(String readme, List<Comparison> comparisons, List<String> versions) {
    String table = table(comparisons, versions);
    int begin = readme.indexOf(BEGIN);
    int end = readme.indexOf(END);
    if (table.isEmpty() || begin < 0 || end < begin) {
      return readme;
    }
    return readme.substring(0, begin + BEGIN.length()) + "\n" + table + readme.substring(end);
  }
}
