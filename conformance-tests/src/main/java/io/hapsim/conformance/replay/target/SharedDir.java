package io.hapsim.conformance.replay.target;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The read-only shared folder (spec, conformance scenarios, goldens, fixture). Found through the
 * {@code hapsim.shared.dir} system property (the build sets it), else as {@code ../shared} next to
 * the repository root (searched upwards from the working directory).
 */
public record SharedDir(Path root) {
  public static final String PROPERTY = "hapsim.shared.dir";

  public static SharedDir locate() {
    String prop = System.getProperty(PROPERTY);
    if (prop != null && !prop.isBlank()) {
      Path p = Path.of(prop).toAbsolutePath().normalize();
      if (Files.isDirectory(p.resolve("conformance"))) {
        return new SharedDir(p);
      }
    }
    Path p = RepoRoot.find().resolve("../shared").toAbsolutePath().normalize();
    if (Files.isDirectory(p.resolve("conformance"))) {
      return new SharedDir(p);
    }
    throw new IllegalStateException("shared folder not found: set -D" + PROPERTY + "=... (tried "
        + (prop != null ? prop + " and " : "") + p + ")");
  }

  public Path conformance() {
    return root.resolve("conformance");
  }

  public Path scenarios() {
    return conformance().resolve("scenarios");
  }

  public Path fixture() {
    return conformance().resolve("fixture");
  }

  /** The golden folder of a version label ({@code 2.6}, {@code 3.0}, {@code 2.8.0}...). */
  public Path golden(String label) {
    return conformance().resolve("golden").resolve(label);
  }
}
