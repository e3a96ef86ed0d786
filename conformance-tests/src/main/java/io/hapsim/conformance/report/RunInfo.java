package io.hapsim.conformance.report;

import io.hapsim.conformance.replay.target.RealHaproxy;
import io.hapsim.conformance.replay.target.RepoRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where and when a suite measured its results, kept in its results file so that the report can say which run its
 * numbers come from (the report itself may be written later, elsewhere).
 *
 * @param recorded when the results were written (UTC, to the second)
 * @param commit the commit the run built, with {@code + local changes} when the work tree differed (null without
 *     git)
 * @param machine CPU, cores, OS and JVM
 * @param ci whether the run was a CI build ({@code CI=true})
 * @param realBinaries the release of each real HAProxy installed then, by version label ({@code 2.6 ->
 *     2.6.12-1+deb12u4})
 */
public record RunInfo(String recorded, String commit, String machine, boolean ci,
    SortedMap<String, String> realBinaries) {
  private static final Pattern RELEASE = Pattern.compile("^HAProxy version (\\S+)");

  public RunInfo {
    realBinaries = Collections.unmodifiableSortedMap(new TreeMap<>(realBinaries == null ? Map.of() : realBinaries));
  }

  /** This JVM's run, now. */
  public static RunInfo current() {
    SortedMap<String, String> binaries = new TreeMap<>();
    for (String version : RealHaproxy.VERSIONS) {
      release(version).ifPresent(r -> binaries.put(version, r));
    }
    return new RunInfo(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), headCommit().orElse(null),
        describeMachine(), RealHaproxy.inCi(), binaries);
  }

  private static Optional<String> release(String version) {
    return firstLine(() -> List.of(RealHaproxy.launcher().toString(), version, "-v"))
        .map(RELEASE::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1));
  }

  private static Optional<String> headCommit() {
    Supplier<String> root = () -> RepoRoot.find().toString();
    return firstLine(() -> List.of("git", "-C", root.get(), "rev-parse", "--short", "HEAD"))
        .map(head -> firstLine(() -> List.of("git", "-C", root.get(), "status", "--porcelain",
            "--untracked-files=no")).isPresent() ? head + " + local changes" : head);
  }

  private static String describeMachine() {
    return cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name")
        + " " + System.getProperty("os.version") + ", " + System.getProperty("java.vm.name") + " "
        + System.getProperty("java.runtime.version");
  }

  private static String cpu() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst()
          .orElse(System.getProperty("os.arch"));
    } catch (IOException | RuntimeException notLinux) {
      return System.getProperty("os.arch");
    }
  }

  /**
   * The first non-blank line a command prints, if it exits with 0 within a few seconds. The command is built
   * inside the guard: finding the repository (for git, for the launcher) may fail too.
   */
  private static Optional<String> firstLine(Supplier<List<String>> command) {
    try {
      Process p = new ProcessBuilder(command.get()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        return Optional.empty();
      }
      return out.lines().filter(l -> !l.isBlank()).findFirst();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
