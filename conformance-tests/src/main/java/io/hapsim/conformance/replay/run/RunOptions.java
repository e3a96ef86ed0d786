package io.hapsim.conformance.replay.run;

/**
 * Runner settings (the reference tool's command-line defaults).
 *
 * @param readTimeoutSeconds default {@code read.timeout} (5)
 * @param stallTimeoutSeconds a write making no progress for this long is {@code STALLED} (10)
 * @param connectTimeoutMillis TCP connect limit (5000)
 * @param genWriteGapSeconds time left between two writes of a {@code gen} step that has no {@code
 *     pause} (see {@link #DEFAULT_GEN_WRITE_GAP})
 */
public record RunOptions(double readTimeoutSeconds, double stallTimeoutSeconds, long connectTimeoutMillis,
    double genWriteGapSeconds) {
  /**
   * The reference tool builds each write of a {@code gen} step only after the previous one was
   * accepted, which takes it several milliseconds per 64 KB: the peer has read and processed one
   * write before the next arrives, and some behaviour depends on it (3.2 prints a {@code + } prompt
   * only when its input is drained: S092 records one per write boundary). Java builds the next
   * write in well under a millisecond, so the gap is made explicit.
   */
  public static final double DEFAULT_GEN_WRITE_GAP = 0.008;

  public static final RunOptions DEFAULTS = new RunOptions(5.0, 10.0, 5000, DEFAULT_GEN_WRITE_GAP);

  public RunOptions withStallTimeout(double seconds) {
    return new RunOptions(readTimeoutSeconds, seconds, connectTimeoutMillis, genWriteGapSeconds);
  }

  public RunOptions withGenWriteGap(double seconds) {
    return new RunOptions(readTimeoutSeconds, stallTimeoutSeconds, connectTimeoutMillis, seconds);
  }
}
