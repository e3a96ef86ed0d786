package io.hapsim.conformance.realtools;

import static org.junit.jupiter.api.Assertions.fail;

import io.hapsim.conformance.RealHaproxyRequired;
import io.hapsim.conformance.replay.target.RealHaproxy;
import io.hapsim.conformance.replay.target.RealHaproxyTarget;
import io.hapsim.conformance.replay.target.RepoRoot;
import io.hapsim.conformance.replay.target.Target;
import io.hapsim.conformance.simulator.SimulatorTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real clients {@code scripts/install-real-tools} unpacked, run through {@code scripts/real-tool}. A test whose
 * client is missing fails in CI ({@code CI=true}) and is skipped loudly elsewhere, never passed.
 */
final class RealTools {
  private static final Map<String, String> CHECK = new ConcurrentHashMap<>();

  private RealTools() {}

  static Path launcher() {
    return RepoRoot.find().resolve("scripts").resolve("real-tool");
  }

  /** Fails or skips the running test unless {@code tool} (as {@code real-tool check} names it) runs here. */
  static void require(String tool) {
    String line = CHECK.computeIfAbsent(tool, RealTools::check);
    if (line.contains("CANNOT RUN") || !line.startsWith(tool)) {
      String why = line.isEmpty() ? tool + " is not installed: run scripts/install-real-tools" : line;
      if (RealHaproxy.inCi()) {
        fail("CI=true and the real client " + tool + " is missing: " + why);
      }
      System.out.println("[real-tools] " + tool + " NOT INSTALLED, SKIPPED: " + why);
      Assumptions.abort("SKIPPED, " + tool + " not installed here: " + why);
    }
  }

  private static String check(String tool) {
    try {
      Process p = new ProcessBuilder(launcher().toString(), "check").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor(60, TimeUnit.SECONDS);
      return out.lines().filter(l -> l.startsWith(tool + " ")).findFirst().orElse("");
    } catch (IOException e) {
      return tool + " CANNOT RUN: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return tool + " CANNOT RUN: interrupted";
    }
  }

  /** What a client produced on real HAProxy and on the simulator profile of the same version. */
  record Both<T>(T real, T simulated) {}

  /** One run of a client against a fresh instance of {@code target}, {@code name} ("real" or "sim") for its files. */
  @FunctionalInterface
  interface Run<T> {
    T on(Target target, String name) throws Exception;
  }

  /**
   * Runs {@code run} on real HAProxy {@code version}, then on the simulator's profile of it, and records for the
   * "Works with" table whether both gave the same. Fails or skips loudly when the client ({@code installed}, as
   * {@code real-tool check} names it) or the real binary is missing.
   *
   * @param tool the client as the table names it
   */
  static <T> Both<T> onBoth(String tool, String installed, String version, Run<T> run) throws Exception {
    require(installed);
    RealHaproxyRequired.require(version, tool + " against real HAProxy " + version);
    T real = run.on(RealHaproxyTarget.of(version), "real");
    T simulated = run.on(SimulatorTarget.of(version), "sim");
    RealToolResults.same(tool, version, real, simulated);
    return new Both<>(real, simulated);
  }

  /** A process of {@code real-tool TOOL ARGS...}, its output and errors going to {@code log}. */
  static Process start(Path log, String tool, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(launcher().toString(), tool));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** The socat binary itself, for a loop that starts it thousands of times (no launcher in between). */
  static String socat() throws IOException, InterruptedException {
    Process p = new ProcessBuilder(launcher().toString(), "where", "socat").start();
    String path = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (p.waitFor() != 0) {
      throw new IOException("real-tool where socat failed");
    }
    return path;
  }
}
