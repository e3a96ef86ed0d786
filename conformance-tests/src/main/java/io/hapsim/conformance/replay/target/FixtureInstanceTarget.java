package io.hapsim.conformance.replay.target;

import io.hapsim.conformance.replay.net.Address;
import io.hapsim.conformance.replay.net.CliConnection;
import io.hapsim.conformance.replay.scenario.Scenario;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Base of targets that serve each scenario from a fresh {@link FixtureInstanceDir}: prepares the
 * folder, lets the subclass {@link #launch} something serving {@code DIR/haproxy.cfg} on the
 * folder's sockets, waits until every socket accepts a connection, and on close stops it and
 * deletes the folder. The instance log is {@code DIR/haproxy.log} unless {@link #log} says otherwise.
 */
public abstract class FixtureInstanceTarget implements Target {
  private static final long READY_TIMEOUT_MS = 15_000;
  /** The CLI's empty line after an answer. */
  private static final byte[] ANSWER_END = "\n\n".getBytes(StandardCharsets.US_ASCII);

  /** What {@link #launch} started. */
  public interface Running extends AutoCloseable {
    /** False once it died (then {@link #diagnostics()} tells why). */
    default boolean isAlive() {
      return true;
    }

    default String diagnostics() {
      return "";
    }

    /** See {@link TargetInstance#freezeWorkers(boolean)}. */
    default void freezeWorkers(boolean frozen) throws IOException {
      throw new UnsupportedOperationException("this instance cannot freeze its workers");
    }

    @Override
    void close() throws IOException;
  }

  private final Path fixtureDir;

  protected FixtureInstanceTarget(Path fixtureDir) {
    this.fixtureDir = fixtureDir;
  }

  /** The folder of the default fixture; those a scenario may name instead are its sub-folders. */
  protected final Path fixtureDir() {
    return fixtureDir;
  }

  /** Starts serving {@code dir.config()} (the scenario's instance settings are already rendered into it). */
  protected abstract Running launch(FixtureInstanceDir dir, Scenario scenario) throws IOException;

  /** The instance log; by default the file {@code DIR/haproxy.log}. */
  protected InstanceLog log(FixtureInstanceDir dir, Running running) {
    return new FileInstanceLog(dir.logFile());
  }

  @Override
  public final TargetInstance start(Scenario scenario) throws IOException {
    FixtureInstanceDir dir = FixtureInstanceDir.create(scenario.fixture().map(fixtureDir::resolve).orElse(fixtureDir),
        scenario.instanceEnv());
    Running running = null;
    try {
      running = launch(dir, scenario);
      Map<String, String> sockets = new LinkedHashMap<>(dir.sockets());
      Map<String, String> vars = new LinkedHashMap<>(dir.vars());
      if (scenario.masterWorker()) {
        sockets.put("master", "unix:" + dir.masterSocket());
      }
      awaitReady(sockets, running);
      if (scenario.masterWorker()) {
        vars.putAll(MasterProcesses.await(sockets.get("master"), READY_TIMEOUT_MS).vars());
      }
      return new Instance(dir, sockets, vars, running, log(dir, running));
    } catch (IOException | RuntimeException e) {
      if (running != null) {
        running.close();
      }
      dir.close();
      throw e;
    }
  }

  private void awaitReady(Map<String, String> sockets, Running running) throws IOException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(READY_TIMEOUT_MS);
    List<String> waiting = new ArrayList<>(sockets.values());
    while (true) {
      if (!running.isAlive()) {
        throw new IOException(label() + " died at start: " + running.diagnostics());
      }
      waiting.removeIf(FixtureInstanceTarget::accepts);
      if (waiting.isEmpty() && answers(sockets.get("admin"))) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IOException(label() + " not ready after " + READY_TIMEOUT_MS + " ms: " + waiting
            + " still refuse connections. " + running.diagnostics());
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for " + label(), e);
      }
    }
  }

  /**
   * Whether the CLI answers a command: a kernel accepts connections as soon as a socket listens, but only an answer
   * shows that the process finished starting, and so wrote everything it logs at start-up (3.3+ warn there when
   * run as root) before a scenario's log begins.
   */
  private static boolean answers(String address) {
    try (CliConnection cli = CliConnection.open(Address.parse(address), "ready", READY_TIMEOUT_MS)) {
      return cli.write("show cli level\n".getBytes(StandardCharsets.US_ASCII), 1.0).ok()
          && cli.await(view -> view.indexOf(ANSWER_END, 0) >= 0, READY_TIMEOUT_MS / 1000.0);
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether a connection can be made (closed at once, nothing sent). */
  static boolean accepts(String address) {
    try (SocketChannel ch = Address.parse(address).connect()) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static final class Instance implements TargetInstance {
    private final FixtureInstanceDir dir;
    private final Map<String, String> sockets;
    private final Map<String, String> vars;
    private final Running running;
    private final InstanceLog log;

    Instance(FixtureInstanceDir dir, Map<String, String> sockets, Map<String, String> vars, Running running,
        InstanceLog log) {
      this.dir = dir;
      this.sockets = sockets;
      this.vars = vars;
      this.running = running;
      this.log = log;
    }

    @Override
    public Map<String, String> sockets() {
      return sockets;
    }

    @Override
    public Map<String, String> vars() {
      return vars;
    }

    @Override
    public Optional<InstanceLog> log() {
      return Optional.ofNullable(log);
    }

    @Override
    public void freezeWorkers(boolean frozen) throws IOException {
      running.freezeWorkers(frozen);
    }

    @Override
    public void close() throws IOException {
      try {
        running.close();
      } finally {
        dir.close();
      }
    }
  }
}
