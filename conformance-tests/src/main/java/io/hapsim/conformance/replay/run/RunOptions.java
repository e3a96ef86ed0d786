package io.hapsim.conformance.replay.run;

/**
 * Runner settings (the reference tool's command-line defaults).
 *
 * @param readTimeoutSeconds default {@code read.timeout} (5)
 * @param stallTimeoutSeconds a write making no progress for this long is {@code STALLED} (10)
 * @param connectTimeoutMillis TCP connect limit (5000)
 * @param genWriteGapPer64KiB seconds left before each write of a {@code gen} step that has no
 *     {@code pause}, per 64 KiB of that write (see {@link #DEFAULT_GEN_WRITE_GAP})
 */
public record RunOptions(double readTimeoutSeconds, double stallTimeoutSeconds, long connectTimeoutMillis,
    double genWriteGapPer64KiB) {
  /**
   * The reference tool builds each write of a {@code gen} step only after the previous one was
   * accepted, which takes it time proportional to the write (3 to 8 ms per 64 KiB): the peer has
   * read and processed one write before the next arrives, and some behaviour depends on it (3.2
   * prints a {@code + } prompt only when its input is drained: S092 records one per write
   * boundary). Java builds the next write in well under a millisecond, so the gap is made explicit
   * and proportional the same way. 30 ms per 64 KiB keeps S092 stable on a 2-core machine with
   * both cores busy (8 ms missed boundaries under load; 20 ms still did once in six runs).
   */
  public static final double DEFAULT_GEN_WRITE_GAP = 0.030;

  public static final RunOptions DEFAULTS = new RunOptions(5.0, 10.0, 5000, DEFAULT_GEN_WRITE_GAP);

  public RunOptions withStallTimeout(double seconds) {
    return new RunOptions(readTimeoutSeconds, seconds, connectTimeoutMillis, genWriteGapPer64KiB);
  }

  public RunOptions withGenWriteGap(double seconds) {
    return new RunOptions(readTimeoutSeconds, stallTimeoutSeconds, connectTimeoutMillis, seconds);
  }
}
