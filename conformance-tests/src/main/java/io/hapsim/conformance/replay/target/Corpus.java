package io.hapsim.conformance.replay.target;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's conformance corpus ({@code conformance-tests/corpus}: scenarios, goldens per build, fixture, keyword
 * tables, test vectors; see its README). Found through the {@code hapsim.corpus.dir} system property (the build sets
 * it), else under the repository root. It is part of the repository, so a missing corpus is an error, never a
 * reason to run nothing.
 */
public record Corpus(Path root) {
  public static final String PROPERTY = "hapsim.corpus.dir";
  private static final Path IN_REPOSITORY = Path.of("conformance-tests", "corpus");

  public static Corpus locate() {
    String prop = System.getProperty(PROPERTY);
    Path dir = prop != null && !prop.isBlank() ? Path.of(prop) : RepoRoot.find().resolve(IN_REPOSITORY);
    dir = dir.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir.resolve("scenarios"))) {
      throw new IllegalStateException("the conformance corpus is missing: no " + dir.resolve("scenarios")
          + (prop != null ? " (from -D" + PROPERTY + ")" : ""));
    }
    return new Corpus(dir);
  }

  public Path scenarios() {
    return root.resolve("scenarios");
  }

  public Path fixture() {
    return root.resolve("fixture");
  }

  /** The folder of every golden folder. */
  public Path goldens() {
    return root.resolve("golden");
  }

  /** The golden folder of a version label ({@code 2.6}, {@code 3.0}, {@code 2.8.0}...). */
  public Path golden(String label) {
    return goldens().resolve(label);
  }
}
