package io.hapsim.conformance.info;

import static org.junit.jupiter.api.Assertions.fail;

import io.hapsim.conformance.replay.target.RealHaproxy;
import io.hapsim.simulator.Simulator;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A real HAProxy or a simulator running a test's own configuration, stopped on close. */
interface ConfiguredInstance extends AutoCloseable {

  @Override
  void close() throws Exception;

  static ConfiguredInstance simulated(String version, Path config) {
    Simulator simulator = Simulator.builder().version(version).config(config).log(line -> { }).start();
    return simulator::close;
  }

  /** Returns once {@code socket} exists (within 10 ms of its creation), HAProxy's sign that it has started. */
  static ConfiguredInstance real(String version, Path config, Path socket) throws Exception {
    Process process = new ProcessBuilder(RealHaproxy.launcher().toString(), version, "-db", "-f",
        config.toString())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    // only the file is looked at: a probing connection would count in the counters compared
    for (int i = 0; i < 500 && !Files.exists(socket); i++) {
      if (!process.isAlive()) {
        fail("haproxy " + version + " exited with " + process.exitValue());
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
}
