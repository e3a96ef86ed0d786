package io.hapsim.conformance.proxy;

import io.hapsim.simulator.fault.AppliedFault;
import io.hapsim.simulator.fault.Fault;
import java.time.Duration;

/** What a fault can do to a proxied connection, and how each fault of the simulator's vocabulary does it. */
interface FaultedConnection {

  /** Ends both sides now: FIN, or with {@code reset} an RST on TCP (a UNIX socket is closed either way). */
  void end(boolean reset);

  /** Waits {@code duration} (null: until the connection ends); false once the connection is ending. */
  boolean hold(Duration duration);

  /** Nothing more is read from the client: its writes block once the socket buffers fill. */
  void stopReading();

  boolean readingStopped();

  /** Says that a fault acted (or could not act through a proxy). */
  void report(String what);

  /**
   * Applies one fault that acts on the connection as a whole; false when the connection ends with it. The faults
   * that shape an answer ({@code drip}, {@code drop-terminator}) are {@link AnswerFaults}' own.
   */
  default boolean apply(AppliedFault applied) {
    Fault fault = applied.fault();
    if (fault instanceof Fault.Answer || fault instanceof Fault.Quirk) {
      report("not applied through a proxy: " + applied.description()
          + " (the target answers for itself; use the simulator for this fault)");
      return true;
    }
    report(applied.description());
    if (fault instanceof Fault.Close) {
      end(false);
      return false;
    }
    if (fault instanceof Fault.Reset) {
      end(true);
      return false;
    }
    if (fault instanceof Fault.Stall stall) {
      return hold(stall.duration());
    }
    if (fault instanceof Fault.StopReading) {
      stopReading();
    }
    return true;
  }
}
