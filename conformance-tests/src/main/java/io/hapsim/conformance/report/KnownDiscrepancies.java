package io.hapsim.conformance.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hapsim.conformance.replay.target.RepoRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code conformance-tests/known-discrepancies.json}: every known difference between hapsim and real HAProxy, and
 * every nondeterministic behaviour of the real binaries, with its reason. The random-session generator avoids (or
 * masks) the open simulator ones and never generates the nondeterministic ones; {@link ConformanceReport} lists
 * them all.
 */
public record KnownDiscrepancies(String comment, List<Entry> discrepancies) {
  public static final String FILE = "known-discrepancies.json";

  /**
   * @param kind simulator | real-nondeterminism
   * @param status open (reported, not fixed yet) | fixed | permanent
   */
  public record Entry(String id, String kind, String status, List<String> versions, String summary,
      String scenario, String expected, String actual, String mitigation) {
    public Entry {
      versions = versions == null ? List.of() : List.copyOf(versions);
    }

    public boolean open() {
      return !"fixed".equals(status);
    }

    public boolean appliesTo(String version) {
      return versions.isEmpty() || versions.contains(version);
    }
  }

  public KnownDiscrepancies {
    discrepancies = discrepancies == null ? List.of() : List.copyOf(discrepancies);
  }

  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** The module's file (working directory = the module, or the repository root). */
  public static Path locate() {
    Path here = Path.of(FILE);
    if (Files.isRegularFile(here)) {
      return here;
    }
    return RepoRoot.find().resolve("conformance-tests").resolve(FILE);
  }

  public static KnownDiscrepancies load() {
    return load(locate());
  }

  public static KnownDiscrepancies load(Path file) {
    try {
      return JSON.readValue(file.toFile(), KnownDiscrepancies.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public Optional<Entry> find(String id) {
    return discrepancies.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** True when {@code id} is listed, not fixed, and concerns {@code version}. */
  public boolean open(String id, String version) {
    return find(id).map(e -> e.open() && e.appliesTo(version)).orElse(false);
  }
}
