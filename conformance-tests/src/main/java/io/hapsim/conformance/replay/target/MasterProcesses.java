package io.hapsim.conformance.replay.target;

import io.hapsim.conformance.replay.net.Address;
import io.hapsim.conformance.replay.net.CliConnection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The pids a master-worker instance runs as, read from its master's {@code show proc}: the master's, and its first
 * (at start, only) worker's. Scenarios address the worker by pid ({@code @!{WORKER_PID}}) and see both in answers
 * and logs, so they become run-time values like the instance folder.
 */
public record MasterProcesses(String masterPid, String workerPid) {
  /** The master CLI's empty line after an answer. */
  private static final byte[] ANSWER_END = "\n\n".getBytes(StandardCharsets.US_ASCII);

  /**
   * Asks the master listening at {@code address} until it answers with a master and a worker. A master that
   * accepted connections may still refuse some while it finishes starting (2.6 re-executes itself once its
   * worker runs), so a refusal is retried until {@code timeoutMs}.
   */
  public static MasterProcesses await(String address, long timeoutMs) throws IOException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
    while (true) {
      try {
        return ask(address, timeoutMs);
      } catch (IOException e) {
        if (System.nanoTime() > deadline) {
          throw new IOException("the master at " + address + " never listed its worker", e);
        }
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while asking the master at " + address, e);
      }
    }
  }

  private static MasterProcesses ask(String address, long timeoutMs) throws IOException {
    try (CliConnection cli = CliConnection.open(Address.parse(address), "show proc", timeoutMs)) {
      if (!cli.write("show proc\n".getBytes(StandardCharsets.US_ASCII), 1.0).ok()
          || !cli.await(view -> view.indexOf(ANSWER_END, 0) >= 0, timeoutMs / 1000.0)) {
        throw new IOException("the master at " + address + " did not answer show proc");
      }
      return parse(new String(cli.snapshot().data(), StandardCharsets.ISO_8859_1));
    }
  }

  /** The first master and worker lines of a {@code show proc} answer (pid, then type). */
  static MasterProcesses parse(String answer) throws IOException {
    String master = null;
    String worker = null;
    for (String line : answer.split("\n")) {
      String[] columns = line.strip().split("\\s+");
      if (columns.length < 2 || !columns[0].chars().allMatch(Character::isDigit)) {
        continue;
      }
      if (master == null && columns[1].equals("master")) {
        master = columns[0];
      } else if (worker == null && columns[1].equals("worker")) {
        worker = columns[0];
      }
    }
    if (master == null || worker == null) {
      throw new IOException("no master and worker in show proc: " + answer);
    }
    return new MasterProcesses(master, worker);
  }

  /** {@code MASTER_PID} and {@code WORKER_PID}. */
  public Map<String, String> vars() {
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("MASTER_PID", masterPid);
    vars.put("WORKER_PID", workerPid);
    return vars;
  }
}
