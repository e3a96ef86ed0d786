package io.hapsim.conformance.proxy;

/**
 * What a proxied connection reports as traffic crosses it. The recorder listens; without {@code --record} nobody
 * does. Calls for one direction come from one thread, in order; the two directions come from two threads.
 */
public interface TrafficListener {
  TrafficListener NONE = new TrafficListener() {};

  /** The upstream connection could not be made ({@code errno}: ECONNREFUSED, ENOENT...); the client was closed. */
  default void upstreamRefused(String errno) {}

  /** The client sent {@code len} bytes of {@code buf} (valid during the call only); they go upstream next. */
  default void fromClient(byte[] buf, int len) {}

  /** Writing the client's last bytes upstream failed after {@code written} of them: the upstream is gone. */
  default void upstreamWriteFailed(String errno, int written) {}

  /** The client shut its output (or closed); the half-close went on upstream. */
  default void clientShutw() {}

  /** The upstream sent {@code len} bytes of {@code buf} (valid during the call only); they go to the client next. */
  default void fromUpstream(byte[] buf, int len) {}

  /** The upstream ended its side: {@code eof}, or {@code recv-error:ERRNO} when it reset the connection. */
  default void upstreamEnded(String end) {}

  /** Both directions are over and both connections closed. */
  default void closed() {}
}
