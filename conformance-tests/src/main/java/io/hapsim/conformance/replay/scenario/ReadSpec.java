package io.hapsim.conformance.replay.scenario;

/**
 * How long to read once the steps are done.
 *
 * @param until close, window or idle
 * @param timeout close/idle: overall limit in seconds, null = the runner's default (5 s)
 * @param seconds window: how long to read (default 1)
 * @param idle idle: stop after this long without new bytes (default 0.5)
 */
public record ReadSpec(Until until, Double timeout, double seconds, double idle) {
  public enum Until {
    CLOSE, WINDOW, IDLE
  }

  public static final ReadSpec DEFAULT = new ReadSpec(Until.CLOSE, null, 1.0, 0.5);
}
