package io.hapsim.conformance.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.hapsim.conformance.replay.check.CheckOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What one conformance suite measured, kept as {@code target/conformance/results/<suite>.json} so that {@link
 * ConformanceReport} can write {@code docs/conformance.md} from a build's output. Thread-safe.
 */
public final class Results {
  /** The default folder (relative to the module, where Surefire runs). */
  public static final Path DIR = Path.of("target", "conformance", "results");

  /** Comparison kinds. */
  public static final String SIMULATOR_VS_GOLDEN = "simulator-vs-golden";
  public static final String REAL_VS_GOLDEN = "real-vs-golden";
  public static final String SIMULATOR_VS_REAL = "simulator-vs-real";
  /** A real client run unmodified on the simulator and on real HAProxy; its scenario is the client's name. */
  public static final String REAL_TOOLS = "real-tools";

  /**
   * One scenario compared on one version.
   *
   * @param status PASSED, FAILED, UNSTABLE, NO_GOLDEN, ERROR or SKIPPED
   * @param reason why it is unstable / skipped / what failed (null when passed)
   * @param diff the first lines of the difference (empty when passed)
   */
  public record Comparison(String comparison, String version, String scenario, String status, String reason,
      List<String> diff) {
    public Comparison {
      diff = diff == null ? List.of() : List.copyOf(diff);
    }
  }

  /**
   * Random sessions of one version run against the simulator and real HAProxy.
   *
   * @param sessions how many sessions ran (each on both)
   * @param matched how many gave identical normalised transcripts
   * @param seed the generator's seed
   * @param counterexample the shrunk failing session as a scenario file (null when all matched)
   * @param note e.g. why the version did not run
   */
  public record Property(String name, String version, int sessions, int matched, long seed, String counterexample,
      String note) {}

  /** The file's content; {@code run} says where and when it was measured (null in files written before it). */
  public record Suite(String suite, RunInfo run, List<Comparison> comparisons, List<Property> properties) {
    public Suite {
      comparisons = comparisons == null ? List.of() : List.copyOf(comparisons);
      properties = properties == null ? List.of() : List.copyOf(properties);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final int DIFF_LINES = 40;

  private final String suite;
  private final List<Comparison> comparisons = new ArrayList<>();
  private final List<Property> properties = new ArrayList<>();

  public Results(String suite) {
    this.suite = suite;
  }

  public synchronized void add(String comparison, CheckOutcome o) {
    comparisons.add(new Comparison(comparison, o.label(), o.scenario(), o.status().name(), o.reason(),
        head(o.diff())));
  }

  public synchronized void add(String comparison, String version, String scenario, String status, String reason,
      List<String> diff) {
    comparisons.add(new Comparison(comparison, version, scenario, status, reason, head(diff)));
  }

  public synchronized void add(Property p) {
    properties.add(p);
  }

  private static List<String> head(List<String> diff) {
    if (diff == null) {
      return List.of();
    }
    if (diff.size() <= DIFF_LINES) {
      return diff;
    }
    List<String> out = new ArrayList<>(diff.subList(0, DIFF_LINES));
    out.add("... (" + (diff.size() - DIFF_LINES) + " more lines)");
    return out;
  }

  /** Writes {@code dir/<suite>.json}. */
  public synchronized Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(suite + ".json");
    JSON.writeValue(file.toFile(), new Suite(suite, RunInfo.current(), comparisons, properties));
    return file;
  }

  public Path write() throws IOException {
    return write(DIR);
  }

  /** Reads every suite file of {@code dir}, sorted by name. */
  public static List<Suite> readAll(Path dir) throws IOException {
    List<Suite> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        out.add(JSON.readValue(f.toFile(), Suite.class));
      }
    }
    return out;
  }
}
