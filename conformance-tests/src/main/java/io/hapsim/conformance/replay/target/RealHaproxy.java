package io.hapsim.conformance.replay.target;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Real HAProxy binaries installed by {@code scripts/install-real-haproxy}, run through {@code
 * scripts/real-haproxy <version>} (override with {@code -Dhapsim.real.haproxy.launcher=PATH}).
 */
public final class RealHaproxy {
  public static final String LAUNCHER_PROPERTY = "hapsim.real.haproxy.launcher";
  /** The versions the install script provides (Debian bookworm, trixie, sid). */
  public static final List<String> VERSIONS = List.of("2.6", "3.0", "3.2", "3.4");

  private RealHaproxy() {}

  public static Path launcher() {
    String p = System.getProperty(LAUNCHER_PROPERTY);
    if (p != null && !p.isBlank()) {
      return Path.of(p).toAbsolutePath();
    }
    return RepoRoot.find().resolve("scripts").resolve("real-haproxy");
  }

  /** Whether the build runs in CI ({@code CI=true}), where a missing binary must fail, not skip. */
  public static boolean inCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /**
   * Why {@code version} cannot be run here, or empty when {@code real-haproxy <version> -v} answers
   * with that version.
   */
  public static Optional<String> unavailable(String version) {
    Path launcher = launcher();
    if (!Files.isExecutable(launcher)) {
      return Optional.of("launcher " + launcher + " not found or not executable");
    }
    try {
      Process p = new ProcessBuilder(launcher.toString(), version, "-v").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return Optional.of(launcher + " " + version + " -v did not exit");
      }
      if (p.exitValue() != 0 || !out.startsWith("HAProxy version " + version + ".")) {
        return Optional.of("haproxy " + version + " is not installed (" + launcher + " " + version + " -v exited "
            + p.exitValue() + ": " + out.strip() + "); run scripts/install-real-haproxy");
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("cannot run " + launcher + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted");
    }
  }
}
