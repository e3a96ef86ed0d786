package io.hapsim.conformance.replay.target;

import io.hapsim.conformance.replay.scenario.Scenario;
import java.io.IOException;

/**
 * Something scenarios run against: real HAProxy, the simulator, sockets somebody else started...
 * Every scenario gets its own {@link TargetInstance} (a fresh one, unless the target is fixed).
 */
public interface Target {

  /** Label stored in transcripts and matched against {@code unstable.versions} (e.g. {@code 3.0}). */
  String label();

  /**
   * Prepares an instance for this scenario (honouring {@code scenario.instanceEnv()} where it
   * can) and returns once its sockets accept connections.
   */
  TargetInstance start(Scenario scenario) throws IOException;
}
