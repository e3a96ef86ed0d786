package io.hapsim.conformance.replay.target;

import io.hapsim.conformance.replay.scenario.Scenario;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A fresh real HAProxy per scenario: {@code real-haproxy <version> -db -f DIR/haproxy.cfg} in the
 * foreground (with {@code -W -S DIR/master.sock} for a master-worker scenario), its stderr in {@code
 * DIR/haproxy.log} (the transcript's log), stopped with SIGTERM (a master stops its workers).
 */
public final class RealHaproxyTarget extends FixtureInstanceTarget {
  private static final long STOP_TIMEOUT_MS = 5_000;

  private final String version;
  private final Path launcher;

  public RealHaproxyTarget(String version, Path launcher, Path fixtureDir) {
    super(fixtureDir);
    this.version = version;
    this.launcher = launcher;
  }

  /** The installed {@code version} (see {@link RealHaproxy}) with the corpus fixture. */
  public static RealHaproxyTarget of(String version) {
    return new RealHaproxyTarget(version, RealHaproxy.launcher(), Corpus.locate().fixture());
  }

  @Override
  public String label() {
    return version;
  }

  @Override
  protected Running launch(FixtureInstanceDir dir, Scenario scenario) throws IOException {
    List<String> command = new ArrayList<>(List.of(launcher.toString(), version, "-db", "-f", dir.config().toString()));
    if (scenario.masterWorker()) {
      command.addAll(List.of("-W", "-S", dir.masterSocket().toString()));
    }
    ProcessBuilder pb = new ProcessBuilder(command)
        .directory(dir.dir().toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectError(dir.logFile().toFile())
        .redirectOutput(dir.dir().resolve("haproxy.out").toFile());
    pb.environment().putAll(scenario.instanceEnv());
    Process process = pb.start();
    return new Running() {
      @Override
      public boolean isAlive() {
        return process.isAlive();
      }

      @Override
      public String diagnostics() {
        String exit = process.isAlive() ? "running" : "exited with " + process.exitValue();
        try {
          return "haproxy " + version + " " + exit + "; stderr: "
              + Files.readString(dir.logFile(), StandardCharsets.ISO_8859_1).strip();
        } catch (IOException e) {
          return "haproxy " + version + " " + exit;
        }
      }

      /** A master's children are its workers. */
      @Override
      public void freezeWorkers(boolean frozen) throws IOException {
        List<String> kill = new ArrayList<>(List.of("kill", frozen ? "-STOP" : "-CONT"));
        process.toHandle().children().forEach(worker -> kill.add(Long.toString(worker.pid())));
        try {
          if (kill.size() == 2 || new ProcessBuilder(kill).inheritIO().start().waitFor() != 0) {
            throw new IOException("could not signal the workers of haproxy " + version + ": " + kill);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while signalling the workers", e);
        }
      }

      @Override
      public void close() {
        process.destroy();
        try {
          if (!process.waitFor(STOP_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(STOP_TIMEOUT_MS, TimeUnit.MILLISECONDS);
          }
        } catch (InterruptedException e) {
          process.destroyForcibly();
          Thread.currentThread().interrupt();
        }
      }
    };
  }
}
