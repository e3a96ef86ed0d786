package io.hapsim.conformance.proxy;

import io.hapsim.conformance.replay.net.Address;
import io.hapsim.conformance.replay.net.Errno;
import io.hapsim.simulator.fault.AppliedFault;
import io.hapsim.simulator.fault.ConnectionFaults;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One client connection and the upstream connection made for it, kept with the semantics of a direct connection:
 * a half-close goes on as a half-close each way (the client may still send after the upstream's FIN), a reset or
 * a failed write on one side resets the other (SO_LINGER 0 on TCP; a UNIX socket has no reset, it is closed), and a
 * refused upstream connect closes the client at once. Each direction runs on its own thread ({@link Forwarder});
 * the connection is closed when both are over. The proxy's fault rules act on it as the simulator's act on its own
 * connections ({@link ClientFaults}, {@link AnswerFaults}).
 */
final class ProxiedConnection implements FaultedConnection {
  private final SocketChannel client;
  private final Address target;
  private final TrafficListener traffic;
  private final ConnectionFaults faults;
  private final Consumer<String> faultLog;
  private final Consumer<ProxiedConnection> onClosed;
  private final Passage toUpstreamPassage;
  private final Passage toClientPassage;
  private final AtomicInteger directionsLeft = new AtomicInteger(2);
  private final CountDownLatch closedLatch = new CountDownLatch(1);
  private final Object holding = new Object();
  private volatile SocketChannel upstream;
  private volatile boolean closing;
  private volatile boolean readingStopped;
  private volatile boolean heldForever;

  /** @param faultLog told of each fault that acts on the connection */
  ProxiedConnection(SocketChannel client, Address target, TrafficListener traffic, ConnectionFaults faults,
      Consumer<String> faultLog, Consumer<ProxiedConnection> onClosed) {
    this.client = client;
    this.target = target;
    this.traffic = traffic;
    this.faults = faults;
    this.faultLog = faultLog;
    this.onClosed = onClosed;
    Queue<PendingAnswer> answers = new ConcurrentLinkedQueue<>();
    this.toUpstreamPassage = new ClientFaults(faults, this, answers);
    this.toClientPassage = new AnswerFaults(this, answers);
  }

  /** Connects upstream and starts forwarding (on threads of its own: the caller goes back to accepting). */
  void start(String name) {
    Thread toUpstream = new Thread(() -> connectAndForward(name), name + "-to-upstream");
    toUpstream.setDaemon(true);
    toUpstream.start();
  }

  private void connectAndForward(String name) {
    for (AppliedFault fault : faults.atAccept()) {
      if (!apply(fault)) {
        finished();
        return;
      }
    }
    try {
      upstream = target.connect();
    } catch (IOException e) {
      traffic.upstreamRefused(Errno.name(e));
      closeBoth(false);
      finished();
      return;
    }
    if (closing) { // stopped while connecting
      closeBoth(false);
      finished();
      return;
    }
    Thread toClient = new Thread(this::toClient, name + "-to-client");
    toClient.setDaemon(true);
    toClient.start();
    toUpstream();
  }

  private void toUpstream() {
    Forwarder.Result r = Forwarder.forward(client, upstream, traffic::fromClient, toUpstreamPassage,
        () -> closing);
    switch (r.outcome()) {
      case SOURCE_EOF -> {
        traffic.clientShutw();
        if (heldForever) {
          closeBoth(false); // nobody is left to wait for what a stall holds back forever
        } else {
          shutdownOutput(upstream);
        }
      }
      case SOURCE_FAILED -> closeBoth(true); // the client reset: so does the upstream
      case SINK_FAILED -> {
        traffic.upstreamWriteFailed(r.errno(), r.written());
        closeBoth(true); // the upstream is gone: the client's next write must fail as it would directly
      }
      case STOPPED -> { }
      default -> throw new IllegalStateException(r.outcome().toString());
    }
    directionOver();
  }

  private void toClient() {
    Forwarder.Result r = Forwarder.forward(upstream, client, traffic::fromUpstream, toClientPassage,
        () -> closing);
    switch (r.outcome()) {
      case SOURCE_EOF -> {
        traffic.upstreamEnded("eof");
        shutdownOutput(client); // the client still sends: what the upstream does with it decides what follows
      }
      case SOURCE_FAILED -> {
        traffic.upstreamEnded("recv-error:" + r.errno());
        closeBoth(true);
      }
      case SINK_FAILED -> closeBoth(true); // the client went away: reset the upstream as the client did
      case STOPPED -> { }
      default -> throw new IllegalStateException(r.outcome().toString());
    }
    directionOver();
  }

  private void directionOver() {
    if (directionsLeft.decrementAndGet() == 0) {
      closeBoth(false);
      finished();
    }
  }

  private void finished() {
    traffic.closed();
    closedLatch.countDown();
    onClosed.accept(this);
  }

  /** Closes both connections now (the proxy stops); the forwarding threads then finish on their own. */
  void close() {
    closeBoth(false);
  }

  /** Waits until the connection has reported its end, at most {@code millis}. */
  boolean awaitClosed(long millis) throws InterruptedException {
    return closedLatch.await(millis, TimeUnit.MILLISECONDS);
  }

  @Override
  public void end(boolean reset) {
    closeBoth(reset);
  }

  @Override
  public boolean hold(Duration duration) {
    long start = System.nanoTime();
    if (duration == null) {
      heldForever = true;
    }
    synchronized (holding) {
      while (!closing) {
        long left = duration == null ? Long.MAX_VALUE : duration.toNanos() - (System.nanoTime() - start);
        if (left <= 0) {
          return true;
        }
        try {
          holding.wait(duration == null ? 0 : Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
      return false;
    }
  }

  @Override
  public void stopReading() {
    readingStopped = true;
  }

  @Override
  public boolean readingStopped() {
    return readingStopped;
  }

  @Override
  public void report(String what) {
    faultLog.accept(what);
  }

  /** Closing wakes a thread blocked on either channel; {@code closing} tells it that this was on purpose. */
  private void closeBoth(boolean reset) {
    closing = true;
    synchronized (holding) {
      holding.notifyAll();
    }
    SocketChannel up = upstream;
    if (reset) {
      resetOnClose(client);
      resetOnClose(up);
    }
    closeQuietly(client);
    closeQuietly(up);
  }

  /** SO_LINGER 0 makes close send a TCP RST; UNIX sockets have no such option. */
  private static void resetOnClose(SocketChannel ch) {
    if (ch == null || !ch.supportedOptions().contains(StandardSocketOptions.SO_LINGER)) {
      return;
    }
    try {
      ch.setOption(StandardSocketOptions.SO_LINGER, 0);
    } catch (IOException e) {
      // already closed: nothing left to reset
    }
  }

  private static void shutdownOutput(SocketChannel ch) {
    try {
      ch.shutdownOutput();
    } catch (IOException e) {
      // the peer is already gone: the other direction sees it
    }
  }

  private static void closeQuietly(SocketChannel ch) {
    if (ch == null) {
      return;
    }
    try {
      ch.close();
    } catch (IOException e) {
      // closing anyway
    }
  }
}
