package io.hapsim.conformance.proxy;

import java.io.IOException;

/**
 * What one direction of a proxied connection does with each chunk it read: passes it on whole, or in pieces with
 * faults acting between them ({@link ClientFaults}, {@link AnswerFaults}).
 */
@FunctionalInterface
interface Passage {
  /** Every chunk unchanged, in one write. */
  Passage WHOLE = (buf, len, out) -> out.write(buf, 0, len);

  /** Writes the first {@code len} bytes of {@code buf} to {@code out}. */
  void pass(byte[] buf, int len, Sink out) throws IOException;

  /** The other side of the direction. */
  @FunctionalInterface
  interface Sink {
    void write(byte[] buf, int off, int len) throws IOException;
  }
}
