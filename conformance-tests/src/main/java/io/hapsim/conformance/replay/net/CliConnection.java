package io.hapsim.conformance.replay.net;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * One client connection to a CLI socket. A reader thread receives everything the peer sends (the
 * client never stops reading, so the peer is never blocked by us); writes are non-blocking with a
 * watchdog so that a peer which stops reading shows up as {@code STALLED} instead of hanging.
 *
 * <p>The channel is non-blocking and registered with two selectors, one for the reader thread and
 * one for the writing thread: reads and writes of a {@link SocketChannel} are independent.
 */
public final class CliConnection implements AutoCloseable {
  /** Result of a write that made no progress for the stall timeout. */
  public static final String STALLED = "STALLED";
  private static final long TICK_MS = 50;

  /** Outcome of one write: bytes written and {@code ok} or an errno name / {@code STALLED}. */
  public record WriteResult(int written, String result) {
    public boolean ok() {
      return "ok".equals(result);
    }
  }

  /** A consistent view of what was received so far (given to wait predicates). */
  public interface View {
    int size();

    /** Index of {@code pattern} at or after {@code from}, or -1. */
    int indexOf(byte[] pattern, int from);

    /** The received bytes as a latin-1 string (copy). */
    String text();

    boolean closed();
  }

  private final SocketChannel channel;
  private final Selector readSelector;
  private final Selector writeSelector;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Thread reader;
  private final long openedNanos;
  private final View view = new LockedView();

  // guarded by lock
  private byte[] buf = new byte[8192];
  private int size;
  private boolean eof;
  private String error;
  private long firstByteNanos = -1;
  private long endNanos = -1;
  private volatile boolean stop;

  /** The position after the last {@code wait_for}/{@code capture} match (used by the runner). */
  private int mark;

  private CliConnection(SocketChannel channel, String name) throws IOException {
    this.channel = channel;
    channel.configureBlocking(false);
    this.readSelector = Selector.open();
    this.writeSelector = Selector.open();
    channel.register(readSelector, SelectionKey.OP_READ);
    channel.register(writeSelector, SelectionKey.OP_WRITE);
    this.openedNanos = System.nanoTime();
    this.reader = new Thread(this::readLoop, "cli-reader-" + name);
    this.reader.setDaemon(true);
    this.reader.start();
  }

  /**
   * Connects (UNIX: blocking, as the kernel answers at once; TCP: bounded by {@code timeoutMs}).
   *
   * @throws IOException when the connection cannot be made ({@link Errno#name} gives its errno)
   */
  public static CliConnection open(Address address, String name, long timeoutMs) throws IOException {
    SocketChannel ch;
    if (address instanceof Address.Unix) {
      ch = SocketChannel.open(StandardProtocolFamily.UNIX);
      try {
        ch.connect(address.socketAddress());
      } catch (IOException e) {
        ch.close();
        throw e;
      }
    } else {
      ch = SocketChannel.open();
      try {
        ch.configureBlocking(false);
        if (!ch.connect(address.socketAddress())) {
          try (Selector sel = Selector.open()) {
            ch.register(sel, SelectionKey.OP_CONNECT);
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
            while (!ch.finishConnect()) {
              long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
              if (left <= 0) {
                throw new java.net.SocketTimeoutException("timed out");
              }
              sel.select(left);
            }
          }
        }
      } catch (IOException e) {
        ch.close();
        throw e;
      }
    }
    try {
      return new CliConnection(ch, name);
    } catch (IOException e) {
      ch.close();
      throw e;
    }
  }

  private void readLoop() {
    ByteBuffer in = ByteBuffer.allocate(65536);
    try {
      while (!stop) {
        readSelector.select(TICK_MS);
        readSelector.selectedKeys().clear();
        while (!stop) {
          in.clear();
          int n;
          try {
            n = channel.read(in);
          } catch (IOException e) {
            finish(null, Errno.name(e));
            return;
          }
          if (n < 0) {
            finish(Boolean.TRUE, null);
            return;
          }
          if (n == 0) {
            break;
          }
          append(in.array(), n);
        }
      }
    } catch (IOException | RuntimeException e) {
      if (!stop) {
        finish(null, Errno.name(e instanceof IOException io ? io : new IOException(e)));
      }
    }
  }

  private void append(byte[] data, int n) {
    lock.lock();
    try {
      if (firstByteNanos < 0) {
        firstByteNanos = System.nanoTime();
      }
      if (size + n > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
      }
      System.arraycopy(data, 0, buf, size, n);
      size += n;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void finish(Boolean gotEof, String err) {
    lock.lock();
    try {
      if (gotEof != null) {
        eof = true;
      } else {
        error = err;
      }
      endNanos = System.nanoTime();
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Writes all of {@code data}; stops at the first error or after {@code stallSeconds} without progress. */
  public WriteResult write(byte[] data, double stallSeconds) {
    ByteBuffer out = ByteBuffer.wrap(data);
    long stallNanos = (long) (stallSeconds * 1e9);
    long lastProgress = System.nanoTime();
    while (out.hasRemaining()) {
      int n;
      try {
        n = channel.write(out);
      } catch (IOException e) {
        return new WriteResult(out.position(), Errno.name(e));
      }
      long now = System.nanoTime();
      if (n > 0) {
        lastProgress = now;
        continue;
      }
      if (now - lastProgress > stallNanos) {
        return new WriteResult(out.position(), STALLED);
      }
      try {
        writeSelector.select(TICK_MS);
        writeSelector.selectedKeys().clear();
      } catch (IOException e) {
        return new WriteResult(out.position(), Errno.name(e));
      }
    }
    return new WriteResult(out.position(), "ok");
  }

  /** Half-close: {@code ok} or an errno name. */
  public String shutdownOutput() {
    try {
      channel.shutdownOutput();
      return "ok";
    } catch (IOException e) {
      return Errno.name(e);
    }
  }

  /**
   * Waits until {@code predicate} holds (evaluated under the lock whenever bytes arrive or the peer
   * closes) or {@code timeoutSeconds} pass.
   *
   * @return whether the predicate held
   */
  public boolean await(Predicate<View> predicate, double timeoutSeconds) {
    long deadline = System.nanoTime() + (long) (timeoutSeconds * 1e9);
    lock.lock();
    try {
      while (!predicate.test(view)) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        changed.awaitNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      lock.unlock();
    }
  }

  public boolean awaitClosed(double timeoutSeconds) {
    return await(View::closed, timeoutSeconds);
  }

  /** Whether the peer closed (eof) or the connection failed on read. */
  public boolean isClosed() {
    lock.lock();
    try {
      return eof || error != null;
    } finally {
      lock.unlock();
    }
  }

  public int receivedSize() {
    lock.lock();
    try {
      return size;
    } finally {
      lock.unlock();
    }
  }

  public int mark() {
    return mark;
  }

  public void mark(int position) {
    this.mark = position;
  }

  /** State at the moment reading stops. */
  public record Snapshot(byte[] data, boolean eof, String error, long openedNanos, long firstByteNanos,
      long endNanos) {}

  public Snapshot snapshot() {
    lock.lock();
    try {
      return new Snapshot(Arrays.copyOf(buf, size), eof, error, openedNanos, firstByteNanos, endNanos);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    stop = true;
    readSelector.wakeup();
    try {
      reader.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    closeQuietly(readSelector);
    closeQuietly(writeSelector);
    closeQuietly(channel);
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception ignored) {
      // nothing useful to do: the connection is done
    }
  }

  private final class LockedView implements View {
    @Override
    public int size() {
      return size;
    }

    @Override
    public int indexOf(byte[] pattern, int from) {
      if (pattern.length == 0) {
        return from <= size ? from : -1;
      }
      outer:
      for (int i = Math.max(0, from); i <= size - pattern.length; i++) {
        for (int k = 0; k < pattern.length; k++) {
          if (buf[i + k] != pattern[k]) {
            continue outer;
          }
        }
        return i;
      }
      return -1;
    }

    @Override
    public String text() {
      return new String(buf, 0, size, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Override
    public boolean closed() {
      return eof || error != null;
    }
  }
}
