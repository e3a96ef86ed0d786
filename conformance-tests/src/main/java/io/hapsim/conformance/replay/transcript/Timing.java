package io.hapsim.conformance.replay.transcript;

/**
 * Coarse timing of a connection (never compared unless asked for).
 *
 * @param closeAfterS whole seconds between the end of the steps and the peer's close (null: not closed)
 * @param closedDuringSteps closed before the steps were done (null: not closed)
 * @param openS seconds the connection was open (until close, or until reading stopped)
 * @param firstByteS seconds until the first received byte (null: none)
 */
public record Timing(Long closeAfterS, Boolean closedDuringSteps, Double openS, Double firstByteS) {

  /**
   * From {@link System#nanoTime()} instants of one connection.
   *
   * @param firstByteNanos -1 when nothing was received
   * @param endNanos when the peer closed, -1 if it did not (then {@code nowNanos} ends the open time)
   * @param stepsDoneNanos when the client's last step was done
   */
  public static Timing of(long openedNanos, long firstByteNanos, long endNanos, long stepsDoneNanos, long nowNanos) {
    Long closeAfter = null;
    Boolean closedDuringSteps = null;
    if (endNanos >= 0) {
      closeAfter = Math.max(0, (long) Math.rint((endNanos - stepsDoneNanos) / 1e9));
      closedDuringSteps = endNanos < stepsDoneNanos;
    }
    long until = endNanos >= 0 ? endNanos : nowNanos;
    double open = round3((until - openedNanos) / 1e9);
    Double first = firstByteNanos >= 0 ? round3((firstByteNanos - openedNanos) / 1e9) : null;
    return new Timing(closeAfter, closedDuringSteps, open, first);
  }

  private static double round3(double d) {
    return Math.rint(d * 1000) / 1000;
  }
}
