package io.hapsim.conformance.proxy;

import io.hapsim.conformance.replay.net.Errno;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.function.BooleanSupplier;

/**
 * One direction of a proxied connection: reads what arrives and writes it on, through the direction's
 * {@link Passage} (unchanged and in the same chunks, unless a fault acts). This is the one place bytes cross the
 * proxy.
 *
 * <p>The channels are blocking: while a write waits for a slow receiver nothing more is read, so the backlog stays
 * in the kernel's socket buffers and this buffer, and the sender is slowed down as it would be without the proxy.
 */
final class Forwarder {
  /** Big enough for a large answer to cross in few reads; a read never waits to fill it. */
  private static final int BUFFER = 64 * 1024;

  /** How a direction ended. */
  enum Outcome {
    /** The source shut its output (or closed): end of stream. */
    SOURCE_EOF,
    /** Reading the source failed (reset); {@link Result#errno} says how. */
    SOURCE_FAILED,
    /** Writing to the sink failed; {@link Result#errno} says how, {@link Result#written} how much got through. */
    SINK_FAILED,
    /** The connection was being closed from elsewhere. */
    STOPPED
  }

  /** @param written bytes of the last chunk written before the sink failed */
  record Result(Outcome outcome, String errno, int written) {}

  /** Sees each chunk before it is written on. */
  @FunctionalInterface
  interface Tap {
    void chunk(byte[] buf, int len);
  }

  private Forwarder() {}

  /**
   * Copies {@code from} to {@code to} until one side ends.
   *
   * @param stopping true once the connection is being closed on purpose (errors then mean nothing)
   */
  static Result forward(SocketChannel from, SocketChannel to, Tap tap, Passage passage, BooleanSupplier stopping) {
    ByteBuffer buf = ByteBuffer.allocate(BUFFER);
    int[] written = new int[1];
    Passage.Sink sink = (bytes, off, len) -> {
      ByteBuffer piece = ByteBuffer.wrap(bytes, off, len);
      while (piece.hasRemaining()) {
        written[0] += to.write(piece);
      }
    };
    while (true) {
      buf.clear();
      int n;
      try {
        n = from.read(buf);
      } catch (IOException e) {
        return stopping.getAsBoolean() ? stopped() : new Result(Outcome.SOURCE_FAILED, Errno.name(e), 0);
      }
      if (n < 0) {
        return new Result(Outcome.SOURCE_EOF, null, 0);
      }
      tap.chunk(buf.array(), n);
      written[0] = 0;
      try {
        passage.pass(buf.array(), n, sink);
      } catch (IOException e) {
        return stopping.getAsBoolean() ? stopped() : new Result(Outcome.SINK_FAILED, Errno.name(e), written[0]);
      }
    }
  }

  private static Result stopped() {
    return new Result(Outcome.STOPPED, null, 0);
  }
}
