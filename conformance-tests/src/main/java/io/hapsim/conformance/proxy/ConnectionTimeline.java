package io.hapsim.conformance.proxy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * What crossed one proxied connection, with the instants ({@link System#nanoTime()}) the recording needs: the
 * client's actions (each chunk it sent, its half-close) in order, everything the upstream answered, and how each
 * side ended. A client's end of stream after the upstream's is no action: that is the client closing a connection
 * that is over, which replay does by itself (as a half-close it would arrive before the answer, not after).
 */
final class ConnectionTimeline implements TrafficListener {

  /** A client action: a chunk sent ({@code bytes}) or a half-close ({@code bytes} null). */
  record Action(long nanos, byte[] bytes, String failure, int written) {
    boolean isShutw() {
      return bytes == null;
    }
  }

  /** A consistent copy, taken when the recording is written. */
  record Snapshot(int index, long acceptedNanos, String refused, List<Action> actions, byte[] received,
      long firstByteNanos, long lastByteNanos, String end, long endNanos, long closedNanos) {
    boolean isClosed() {
      return closedNanos >= 0;
    }

    /** The last thing either side did that a client could see: its own last action, or the upstream's. */
    long lastActivityNanos() {
      long last = Math.max(acceptedNanos, Math.max(lastByteNanos, endNanos));
      return actions.isEmpty() ? last : Math.max(last, actions.get(actions.size() - 1).nanos());
    }
  }

  private final int index;
  private final long acceptedNanos = System.nanoTime();
  private final Consumer<ConnectionTimeline> onClosed;
  private final List<Action> actions = new ArrayList<>();
  private final ByteArrayOutputStream received = new ByteArrayOutputStream();
  private String refused;
  private long firstByteNanos = -1;
  private long lastByteNanos = -1;
  private String end;
  private long endNanos = -1;
  private long closedNanos = -1;
  /** Once closed, nothing changes: the snapshot is kept rather than copied at every write of the recording. */
  private Snapshot last;

  /**
   * @param index the connection's place in accept order, from 1
   * @param onClosed told once the connection is over (outside this timeline's lock)
   */
  ConnectionTimeline(int index, Consumer<ConnectionTimeline> onClosed) {
    this.index = index;
    this.onClosed = onClosed;
  }

  @Override
  public synchronized void upstreamRefused(String errno) {
    refused = errno;
  }

  @Override
  public synchronized void fromClient(byte[] buf, int len) {
    actions.add(new Action(System.nanoTime(), Arrays.copyOf(buf, len), null, len));
  }

  @Override
  public synchronized void upstreamWriteFailed(String errno, int written) {
    Action last = actions.remove(actions.size() - 1);
    actions.add(new Action(last.nanos(), last.bytes(), errno, written));
  }

  @Override
  public synchronized void clientShutw() {
    if (end != null) {
      return;
    }
    actions.add(new Action(System.nanoTime(), null, null, 0));
  }

  @Override
  public synchronized void fromUpstream(byte[] buf, int len) {
    if (firstByteNanos < 0) {
      firstByteNanos = System.nanoTime();
    }
    lastByteNanos = System.nanoTime();
    received.write(buf, 0, len);
  }

  @Override
  public synchronized void upstreamEnded(String how) {
    end = how;
    endNanos = System.nanoTime();
  }

  @Override
  public void closed() {
    synchronized (this) {
      closedNanos = System.nanoTime();
    }
    onClosed.accept(this);
  }

  synchronized Snapshot snapshot() {
    if (last == null || !last.isClosed()) {
      last = new Snapshot(index, acceptedNanos, refused, List.copyOf(actions), received.toByteArray(),
          firstByteNanos, lastByteNanos, end, endNanos, closedNanos);
    }
    return last;
  }
}
