package io.hapsim.conformance.replay.scenario;

/** How received bytes are recorded: in full (default) or as a summary with head/tail lines. */
public record RecordSpec(boolean summary, int head, int tail) {
  public static final RecordSpec FULL = new RecordSpec(false, 5, 5);
}
