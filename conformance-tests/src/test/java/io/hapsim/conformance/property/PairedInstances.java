package io.hapsim.conformance.property;

import io.hapsim.conformance.replay.run.ScenarioRunner;
import io.hapsim.conformance.replay.scenario.Scenario;
import io.hapsim.conformance.replay.target.Target;
import io.hapsim.conformance.replay.target.TargetInstance;
import io.hapsim.conformance.replay.transcript.Transcript;
import io.hapsim.conformance.replay.transcript.TranscriptDiff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Two targets (real HAProxy and the simulator, or twice real HAProxy) run the same sessions in lockstep: a pair of
 * instances is reused for {@code sessionsPerInstance} sessions, so both sides always have the same history (maps,
 * versions, log), then replaced. The two runs of a session go in parallel: sessions are generated so that their
 * outcome does not depend on timing.
 */
final class PairedInstances implements AutoCloseable {

  /** What both sides answered to one session. */
  record Outcome(Transcript a, Transcript b, List<String> diff) {
    boolean same() {
      return diff.isEmpty();
    }
  }

  private final Target a;
  private final Target b;
  private final String labelA;
  private final String labelB;
  private final int sessionsPerInstance;
  private final ScenarioRunner runner = new ScenarioRunner();
  private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "paired-instance-b");
    t.setDaemon(true);
    return t;
  });
  private TargetInstance instanceA;
  private TargetInstance instanceB;
  private final List<Session> history = new ArrayList<>();

  PairedInstances(Target a, String labelA, Target b, String labelB, int sessionsPerInstance) {
    this.a = a;
    this.b = b;
    this.labelA = labelA;
    this.labelB = labelB;
    this.sessionsPerInstance = Math.max(1, sessionsPerInstance);
  }

  /** The sessions the current pair already ran (their state is part of the next session's context). */
  List<Session> history() {
    return List.copyOf(history);
  }

  /** Runs {@code session} on the shared pair (replaced every {@code sessionsPerInstance} sessions). */
  Outcome runShared(Session session) throws IOException {
    if (instanceA == null || history.size() >= sessionsPerInstance) {
      restart(session.scenario());
    }
    history.add(session);
    return run(session.scenario(), instanceA, instanceB);
  }

  /** Runs a scenario on a fresh pair of its own. */
  Outcome runFresh(Scenario scenario) throws IOException {
    TargetInstance ia = a.start(scenario);
    try {
      TargetInstance ib = b.start(scenario);
      try {
        return run(scenario, ia, ib);
      } finally {
        ib.close();
      }
    } finally {
      ia.close();
    }
  }

  private Outcome run(Scenario scenario, TargetInstance ia, TargetInstance ib) throws IOException {
    Future<Transcript> fb = pool.submit(() -> runner.run(scenario, ib, labelB));
    Transcript ta = runner.run(scenario, ia, labelA);
    Transcript tb;
    try {
      tb = fb.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException(e.getCause());
    }
    return new Outcome(ta, tb, TranscriptDiff.diff(ta, tb, labelA, labelB));
  }

  private void restart(Scenario any) throws IOException {
    closeInstances();
    history.clear();
    instanceA = a.start(any);
    instanceB = b.start(any);
  }

  private void closeInstances() throws IOException {
    try {
      if (instanceA != null) {
        instanceA.close();
      }
    } finally {
      instanceA = null;
      if (instanceB != null) {
        instanceB.close();
      }
      instanceB = null;
    }
  }

  /** Forgets the shared pair: the next shared session starts a new one. */
  void reset() {
    try {
      closeInstances();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    history.clear();
  }

  @Override
  public void close() throws IOException {
    pool.shutdownNow();
    closeInstances();
  }
}
