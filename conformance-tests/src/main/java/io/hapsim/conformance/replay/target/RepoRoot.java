package io.hapsim.conformance.replay.target;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The hapsim repository root: the first folder holding {@code mvnw} and {@code scripts/}, searched
 * upwards from the working directory, then from where these classes were loaded.
 */
public final class RepoRoot {
  private RepoRoot() {}

  public static Path find() {
    return search(Path.of("").toAbsolutePath())
        .or(() -> codeLocation().flatMap(RepoRoot::search))
        .orElseThrow(() -> new IllegalStateException(
            "hapsim repository root not found from " + Path.of("").toAbsolutePath()));
  }

  private static Optional<Path> search(Path start) {
    for (Path d = start; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("mvnw")) && Files.isDirectory(d.resolve("scripts"))) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  private static Optional<Path> codeLocation() {
    try {
      var src = RepoRoot.class.getProtectionDomain().getCodeSource();
      return src == null ? Optional.empty() : Optional.of(Path.of(src.getLocation().toURI()));
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
