package io.hapsim.conformance.info;

import io.hapsim.conformance.replay.target.RealHaproxy;
import io.hapsim.simulator.Simulator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real HAProxy or a simulator running a test's own configuration, stopped on close. Whether the real one is
 * installed is the caller's check (the suites fail in CI, and skip loudly elsewhere, before they start one).
 */
public interface ConfiguredInstance extends AutoCloseable {

  @Override
  void close() throws Exception;

  /**
   * Writes {@code haproxy.cfg} beside {@code socket}: one admin stats socket there, HTTP defaults, then the test's
   * own {@code sections} (one configuration line each).
   */
  static Path configWith(Path socket, String... sections) throws IOException {
    List<String> lines = new ArrayList<>(List.of("global", "    stats socket " + socket + " level admin",
        "defaults", "    mode http", "    timeout client 5s", "    timeout server 5s", "    timeout connect 1s"));
    lines.addAll(List.of(sections));
    lines.add("");
    return Files.writeString(socket.resolveSibling("haproxy.cfg"), String.join("\n", lines));
  }

  static ConfiguredInstance simulated(String version, Path config) {
    return simulated(version, config, false);
  }

  /** A simulator, also serving its {@code bind} lines' TLS handshakes when {@code serveTls}. */
  static ConfiguredInstance simulated(String version, Path config, boolean serveTls) {
    Simulator simulator = Simulator.builder().version(version).config(config).serveTls(serveTls).log(line -> { })
        .start();
    return simulator::close;
  }

  /**
   * Returns once {@code socket} listens (within 10 ms), HAProxy's sign that it has started: the file appears when
   * HAProxy binds it, a moment before it listens, and a connection in between would be refused.
   */
  static ConfiguredInstance real(String version, Path config, Path socket) throws Exception {
    Process process = new ProcessBuilder(RealHaproxy.launcher().toString(), version, "-db", "-f",
        config.toString())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    // the kernel's list is looked at: a probing connection would count in the counters compared
    for (int i = 0; i < 500 && !listening(socket); i++) {
      if (!process.isAlive()) {
        throw new IllegalStateException("haproxy " + version + " exited with " + process.exitValue());
      }
      Thread.sleep(10);
    }
    return () -> {
      process.destroy();
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    };
  }

  /**
   * Whether {@code /proc/net/unix} lists the socket as accepting connections. It names a socket by the path it was
   * bound to, which for HAProxy is a temporary one beside the final path ({@code <path>.<pid>.tmp}).
   */
  private static boolean listening(Path socket) throws IOException {
    long accepting = 0x10000; // the flag of a listening socket (the kernel's __SO_ACCEPTCON)
    String path = socket.toString();
    for (String line : Files.readAllLines(Path.of("/proc/net/unix"))) {
      String[] fields = line.trim().split("\\s+");
      if (fields.length >= 8 && (fields[7].equals(path) || fields[7].startsWith(path + "."))
          && (Long.parseLong(fields[3], 16) & accepting) != 0) {
        return Files.exists(socket);
      }
    }
    return false;
  }
}
