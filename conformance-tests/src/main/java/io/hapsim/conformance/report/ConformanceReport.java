package io.hapsim.conformance.report;

import io.hapsim.conformance.replay.target.RealHaproxy;
import io.hapsim.conformance.replay.target.RepoRoot;
import io.hapsim.conformance.report.Results.Comparison;
import io.hapsim.conformance.report.Results.Property;
import io.hapsim.conformance.report.Results.Suite;
import io.hapsim.simulator.version.VersionProfiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes {@code docs/conformance.md}: per version, how many corpus scenarios and random sessions matched the
 * goldens and the real binaries, then every known discrepancy with its reason. The numbers come only from the
 * results files the suites write ({@link Results}), so the page says which run, machine and date they are from.
 *
 * <pre>
 *   conformance-report [--results DIR] [--discrepancies FILE] [--out FILE]
 * </pre>
 *
 * Defaults: {@code conformance-tests/target/conformance/results}, {@code conformance-tests/known-discrepancies.json}
 * and {@code docs/conformance.md} of the repository. The build runs it in the verify phase into {@code
 * conformance-tests/target/conformance/conformance.md}; {@code ./hapsim conformance-report} writes the committed
 * page. Without any results file it writes nothing (a build with {@code -DskipTests} must not blank the page).
 */
public final class ConformanceReport {
  static final String USAGE = "usage: hapsim conformance-report [--results DIR] [--discrepancies FILE] [--out FILE]";

  /** Table columns of the comparison kinds; kinds not listed here follow, named after themselves. */
  private static final Map<String, String> SCENARIO_COLUMNS = Map.of(
      Results.SIMULATOR_VS_GOLDEN, "simulator vs golden",
      Results.REAL_VS_GOLDEN, "real vs golden",
      Results.SIMULATOR_VS_REAL, "simulator vs real (live)");
  private static final List<String> COLUMN_ORDER = List.of(Results.SIMULATOR_VS_GOLDEN, Results.REAL_VS_GOLDEN,
      Results.SIMULATOR_VS_REAL);
  /** Where {@code scripts/measure-nonint-close} writes its summary, from the repository root. */
  static final Path CLOSE_MEASUREMENT = Path.of("docs", "benchmarks", "nonint-close.md");
  /** Failures shown with their diff; any more are listed by name (a broken build can fail hundreds). */
  private static final int FAILURES_WITH_DIFF = 20;
  private static final int DIFF_LINES = 20;
  private static final int COUNTEREXAMPLE_LINES = 80;

  private final List<Suite> suites;
  private final KnownDiscrepancies known;
  private final List<String> versions;
  private final List<String> kinds;
  private final List<String> properties;
  private final Path closeMeasurement;

  /** {@code closeMeasurement}: the page {@code scripts/measure-nonint-close} wrote (it may not exist). */
  ConformanceReport(List<Suite> suites, KnownDiscrepancies known, Path closeMeasurement) {
    this.suites = List.copyOf(suites);
    this.known = known;
    this.closeMeasurement = closeMeasurement;
    Set<String> v = new LinkedHashSet<>(VersionProfiles.labels());
    comparisons().forEach(c -> v.add(c.version()));
    properties(p -> true).forEach(p -> v.add(p.version()));
    this.versions = List.copyOf(v);
    Set<String> k = new LinkedHashSet<>(COLUMN_ORDER);
    comparisons().filter(c -> !c.comparison().equals(Results.REAL_TOOLS)).forEach(c -> k.add(c.comparison()));
    this.kinds = List.copyOf(k);
    this.properties = properties(p -> true).map(Property::name).distinct().toList();
  }

  public static void main(String[] args) throws IOException {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    Path results = null;
    Path discrepancies = null;
    Path target = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("-h") || a.equals("--help")) {
        out.println(USAGE);
        return 0;
      }
      if (i + 1 >= args.length || !List.of("--results", "--discrepancies", "--out").contains(a)) {
        err.println("conformance-report: unknown or incomplete option " + a + "\n" + USAGE);
        return 2;
      }
      Path value = Path.of(args[++i]);
      switch (a) {
        case "--results" -> results = value;
        case "--discrepancies" -> discrepancies = value;
        default -> target = value;
      }
    }
    Path root = results == null || target == null ? RepoRoot.find() : null;
    results = results != null ? results : root.resolve("conformance-tests").resolve(Results.DIR);
    target = target != null ? target : root.resolve("docs").resolve("conformance.md");
    List<Suite> suites = Results.readAll(results);
    if (suites.isEmpty()) {
      out.println("conformance-report: no results in " + results + " (run ./mvnw -B verify -pl conformance-tests "
          + "first); " + target + " left as it is");
      return 0;
    }
    KnownDiscrepancies known = KnownDiscrepancies.load(discrepancies != null ? discrepancies
        : KnownDiscrepancies.locate());
    if (target.getParent() != null) {
      Files.createDirectories(target.getParent());
    }
    Path closeMeasurement = (root != null ? root : RepoRoot.find()).resolve(CLOSE_MEASUREMENT);
    ConformanceReport report = new ConformanceReport(suites, known, closeMeasurement);
    Files.writeString(target, report.render(), StandardCharsets.UTF_8);
    out.println("conformance-report: wrote " + target + " from " + suites.size() + " results file(s) in "
        + results);
    if (root != null) { // the committed pages: the README's "Works with" table too
      Path readme = root.resolve("README.md");
      String before = Files.readString(readme, StandardCharsets.UTF_8);
      String after = WorksWithSection.intoReadme(before, report.comparisons().toList(), report.versions);
      if (!after.equals(before)) {
        Files.writeString(readme, after, StandardCharsets.UTF_8);
        out.println("conformance-report: updated the Works with table of " + readme);
      }
    }
    return 0;
  }

  String render() {
    return Stream.of(intro(), table(), sources(), WorksWithSection.render(comparisons().toList(), versions),
            notRun(), differences(), unstable(),
            NonInteractiveCloseSection.render(closeMeasurement), DiscrepancySection.render(known), regenerate())
        .filter(section -> !section.isEmpty())
        .map(section -> section.stripTrailing() + "\n")
        .collect(Collectors.joining("\n"));
  }

  private String intro() {
    return "# Conformance: hapsim against real HAProxy\n\n"
        + "<!-- written by ConformanceReport from the conformance suites' results: do not edit, regenerate -->\n\n"
        + "Every scenario of the project's conformance corpus (`conformance-tests/corpus/`, recorded from real "
        + "HAProxy) is replayed on the simulator profile of each version and compared with what that version of HAProxy answered when it was recorded (its golden). The versions "
        + "with a real binary here (" + String.join(", ", RealHaproxy.VERSIONS) + ", Debian's packages: "
        + "`scripts/install-real-haproxy`) also replay every scenario on the binary, compared with the golden and, "
        + "live, with the simulator, and run random sessions on both (differential properties: the normalised "
        + "transcripts must be identical).\n";
  }

  private String table() {
    List<String> head = new ArrayList<>(List.of("version", "simulator imitates", "real binary"));
    kinds.forEach(k -> head.add("scenarios: " + SCENARIO_COLUMNS.getOrDefault(k, k.replace('-', ' '))));
    properties.forEach(p -> head.add("random sessions: " + p));
    StringBuilder sb = new StringBuilder();
    sb.append(row(head)).append(row(head.stream().map(h -> "---").toList()));
    for (String version : versions) {
      List<String> cells = new ArrayList<>(List.of(version, imitated(version), realBinary(version)));
      kinds.forEach(k -> cells.add(ScenarioTally.of(comparisons(k, version)).cell()));
      properties.forEach(p -> cells.add(SessionTally.of(
          properties(q -> q.name().equals(p) && q.version().equals(version)).toList()).cell()));
      sb.append(row(cells));
    }
    return sb.append('\n')
        .append("Scenarios: passed / unstable / failed of those run. Unstable: the scenario is declared ")
        .append("nondeterministic on that version (it depends on timing on the real binary), it differed, and it ")
        .append("is reported below without failing. Random sessions: identical / run; by default a property stops ")
        .append("at its first difference (shown below), so a failed one ran fewer sessions than its budget. Bold: ")
        .append("something differed. —: nothing to measure (no golden recorded, or no real binary, for that ")
        .append("version). not run: no golden of the scenario for that version (see Not run), or the real binary ")
        .append("was missing.\n")
        .toString();
  }

  private static String row(List<String> cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }

  private static String imitated(String version) {
    try {
      return VersionProfiles.get(version).version();
    } catch (IllegalArgumentException notAProfile) {
      return "—";
    }
  }

  /** The release of the real binary measured on that version, as the runs that measured it recorded it. */
  private String realBinary(String version) {
    boolean measured = comparisons().anyMatch(c -> c.version().equals(version) && isReal(c.comparison())
        && !c.status().equals("SKIPPED"))
        || properties(p -> p.version().equals(version) && p.sessions() > 0).findAny().isPresent();
    if (!measured) {
      return "—";
    }
    Set<String> releases = suites.stream().map(Suite::run).filter(Objects::nonNull)
        .map(r -> r.realBinaries().get(version)).filter(Objects::nonNull)
        .collect(Collectors.toCollection(TreeSet::new));
    return releases.isEmpty() ? "?" : String.join(" / ", releases);
  }

  private static boolean isReal(String kind) {
    return !kind.equals(Results.SIMULATOR_VS_GOLDEN);
  }

  private String sources() {
    StringBuilder sb = new StringBuilder("## Where these numbers come from\n\n");
    for (Suite s : suites) {
      sb.append("- `").append(s.suite()).append(".json`: ");
      RunInfo r = s.run();
      if (r == null) {
        sb.append("no run information (written before it was recorded)\n");
        continue;
      }
      sb.append(r.recorded()).append(", ").append(r.ci() ? "CI" : "developer machine")
          .append(r.commit() != null ? ", commit " + r.commit() : "").append(", ").append(r.machine());
      if (!r.realBinaries().isEmpty()) {
        sb.append("; real HAProxy installed: ").append(r.realBinaries().values().stream()
            .collect(Collectors.joining(", ")));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** Why measurements did not run (a missing binary), once per version and reason. */
  private String notRun() {
    Map<String, Set<String>> reasons = new LinkedHashMap<>();
    comparisons().filter(c -> c.status().equals("SKIPPED")).sorted(byVersion(Comparison::version))
        .forEach(c -> reasons.computeIfAbsent(c.version(), v -> new LinkedHashSet<>()).add(c.reason()));
    properties(p -> p.sessions() == 0 && p.note() != null).sorted(byVersion(Property::version))
        .forEach(p -> reasons.computeIfAbsent(p.version(), v -> new LinkedHashSet<>()).add(p.note()));
    if (reasons.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("## Not run\n\n");
    reasons.forEach((v, why) -> why.forEach(w -> sb.append("- ").append(v).append(": ").append(w).append('\n')));
    return sb.toString();
  }

  private String differences() {
    List<Comparison> failed = comparisons().filter(c -> ScenarioTally.isFailure(c.status()))
        .sorted(byVersion(Comparison::version).thenComparing(c -> kinds.indexOf(c.comparison()))
            .thenComparing(Comparison::scenario))
        .toList();
    List<Property> differed = properties(p -> p.matched() < p.sessions()).sorted(byVersion(Property::version))
        .toList();
    StringBuilder sb = new StringBuilder("## Differences found\n\n");
    if (failed.isEmpty() && differed.isEmpty()) {
      return sb.append("None: every comparison that ran matched, or differed only where the scenario is declared ")
          .append("unstable, and every random session matched.\n").toString();
    }
    for (Property p : differed) {
      sb.append("### ").append(p.version()).append(", random sessions, ").append(p.name()).append("\n\n")
          .append(p.matched()).append(" of ").append(p.sessions()).append(" sessions identical (seed ")
          .append(p.seed()).append(")")
          .append(p.note() == null ? "; no difference recorded here: see the test's output" : "; the difference:")
          .append("\n\n");
      if (p.note() != null) {
        sb.append(Markdown.block(p.note().lines().toList(), DIFF_LINES * 2)).append('\n');
      }
      if (p.counterexample() != null) {
        sb.append("<details><summary>the smallest session as a scenario file</summary>\n\n")
            .append(Markdown.block(p.counterexample().lines().toList(), COUNTEREXAMPLE_LINES))
            .append("\n</details>\n\n");
      }
    }
    for (int i = 0; i < failed.size(); i++) {
      Comparison c = failed.get(i);
      String title = c.version() + ", " + SCENARIO_COLUMNS.getOrDefault(c.comparison(), c.comparison()) + ", "
          + Markdown.code(c.scenario()) + ": " + c.status()
          + (c.reason() != null && !c.reason().isBlank() ? " (" + c.reason() + ")" : "");
      if (i < FAILURES_WITH_DIFF) {
        sb.append("### ").append(title).append("\n\n").append(Markdown.block(c.diff(), DIFF_LINES)).append('\n');
      } else {
        sb.append(i == FAILURES_WITH_DIFF ? "More, without their diff:\n\n" : "").append("- ").append(title)
            .append('\n');
      }
    }
    return sb.toString();
  }

  /** Scenarios declared unstable that differed: once per scenario and reason, with where they differed. */
  private String unstable() {
    record Declared(String scenario, String reason) {}
    Map<Declared, Map<String, List<String>>> where = new LinkedHashMap<>();
    comparisons().filter(c -> c.status().equals("UNSTABLE"))
        .sorted(Comparator.comparing(Comparison::scenario).thenComparing(byVersion(Comparison::version)))
        .forEach(c -> where.computeIfAbsent(new Declared(c.scenario(), c.reason()), k -> new LinkedHashMap<>())
            .computeIfAbsent(c.version(), v -> new ArrayList<>())
            .add(SCENARIO_COLUMNS.getOrDefault(c.comparison(), c.comparison())));
    if (where.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("## Unstable scenarios that differed\n\n")
        .append("Declared in the scenario files: the real binary itself answers these differently from run to ")
        .append("run, so a difference is reported, not failed.\n\n");
    where.forEach((declared, byVersion) -> sb.append("- ").append(Markdown.code(declared.scenario())).append(" (")
        .append(byVersion.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
            .collect(Collectors.joining("; ")))
        .append("): ").append(declared.reason()).append('\n'));
    return sb.toString();
  }

  private static String regenerate() {
    return "## Regenerating this page\n\n"
        + "```sh\n"
        + "scripts/install-real-haproxy                    # real HAProxy " + String.join(", ", RealHaproxy.VERSIONS)
        + " (once)\n"
        + "./mvnw -B install -DskipTests -pl simulator,conformance-tests -am\n"
        + "./mvnw -B verify -pl conformance-tests          # the suites (about 5 minutes); when they pass, also "
        + "conformance-tests/target/conformance/conformance.md\n"
        + "./hapsim conformance-report                     # this page, from the results of that run\n"
        + "```\n";
  }

  private Stream<Comparison> comparisons() {
    return suites.stream().flatMap(s -> s.comparisons().stream());
  }

  private List<Comparison> comparisons(String kind, String version) {
    return comparisons().filter(c -> c.comparison().equals(kind) && c.version().equals(version)).toList();
  }

  private Stream<Property> properties(Predicate<Property> which) {
    return suites.stream().flatMap(s -> s.properties().stream()).filter(which);
  }

  private <T> Comparator<T> byVersion(Function<T, String> version) {
    return Comparator.comparingInt(t -> versions.indexOf(version.apply(t)));
  }
}
