package io.hapsim.conformance.proxy;

import io.hapsim.conformance.replay.net.Errno;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.function.BooleanSupplier;

/**
 * One direction of a proxied connection: reads what arrives and writes it on, unchanged and in the same chunks.
 * This is the one place bytes cross the proxy, so a policy acting on the traffic (closing, resetting, stalling or
 * dripping it) belongs between the read and the write here.
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
  static Result forward(SocketChannel from, SocketChannel to, Tap tap, BooleanSupplier stopping) {
    ByteBuffer buf = ByteBuffer.allocate(BUFFER);
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
      buf.flip();
      try {
        while (buf.hasRemaining()) {
          to.write(buf);
        }
      } catch (IOException e) {
        return stopping.getAsBoolean() ? stopped() : new Result(Outcome.SINK_FAILED, Errno.name(e), buf.position());
      }
    }
  }

  private static Result stopped() {
    return new Result(Outcome.STOPPED, null, 0);
  }
}
