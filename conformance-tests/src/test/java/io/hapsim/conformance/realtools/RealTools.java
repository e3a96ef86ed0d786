package io.hapsim.conformance.realtools;

import static org.junit.jupiter.api.Assertions.fail;

import io.hapsim.conformance.replay.target.RealHaproxy;
import io.hapsim.conformance.replay.target.RepoRoot;
import java.io.IOException;
import java.net.ServerSocket;
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

  /** A loopback port free right now (the tool binds it a moment later). */
  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
