package io.hapsim.conformance.proxy;

import io.hapsim.conformance.replay.net.Address;
import io.hapsim.simulator.fault.Faults;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A transparent proxy for a Runtime API socket: every connection accepted on the listen address gets its own
 * connection to the target, and bytes cross unchanged both ways ({@link ProxiedConnection}). Either side may be a
 * UNIX or a TCP socket.
 *
 * <p>Plain blocking {@code java.nio} with a thread per direction rather than the simulator's Netty transport: a
 * CLI proxy carries a handful of connections, blocking writes give backpressure for free (a direction blocked in a
 * write stops reading), and half-close and reset map one to one onto {@code shutdownOutput} and {@code SO_LINGER},
 * with no event loop between the two sides to reorder or merge what they do.
 *
 * <p>{@link #faults()} arms the simulator's fault rules on the proxied traffic, so a client can meet a close, a
 * reset, a stall or a slow answer at a chosen command while a real HAProxy answers everything else.
 */
public final class CliProxy implements AutoCloseable {
  private static final long CLOSE_WAIT_MS = 2_000;

  private final ServerSocketChannel server;
  private final Address listen;
  private final Address target;
  private final Supplier<TrafficListener> listeners;
  private final Consumer<String> faultLog;
  private final Faults faults = new Faults((socket, accepting) -> accepting(accepting));
  private final Set<ProxiedConnection> open = ConcurrentHashMap.newKeySet();
  private final Thread acceptor;
  private volatile boolean closed;
  private boolean paused;
  private int accepted;

  private CliProxy(ServerSocketChannel server, Address listen, Address target, Supplier<TrafficListener> listeners,
      Consumer<String> faultLog) {
    this.server = server;
    this.listen = listen;
    this.target = target;
    this.listeners = listeners;
    this.faultLog = faultLog;
    this.acceptor = new Thread(this::acceptLoop, "proxy-accept");
    this.acceptor.setDaemon(true);
  }

  /**
   * Listens on {@code listen} (TCP port 0 picks a free port, see {@link #listenAddress()}) and forwards to {@code
   * target}.
   *
   * @param listeners called once per accepted connection, in accept order, for what reports its traffic
   */
  public static CliProxy start(Address listen, Address target, Supplier<TrafficListener> listeners)
      throws IOException {
    return start(listen, target, listeners, what -> { });
  }

  /**
   * As {@link #start(Address, Address, Supplier)}, telling {@code faultLog} of each fault that acts, as
   * "connection N: what" lines.
   */
  public static CliProxy start(Address listen, Address target, Supplier<TrafficListener> listeners,
      Consumer<String> faultLog) throws IOException {
    ServerSocketChannel server = bind(listen);
    Address bound = listen instanceof Address.Tcp t
        ? new Address.Tcp(t.host(), ((InetSocketAddress) server.getLocalAddress()).getPort())
        : listen;
    CliProxy proxy = new CliProxy(server, bound, target, listeners, faultLog);
    proxy.acceptor.start();
    return proxy;
  }

  private static ServerSocketChannel bind(Address listen) throws IOException {
    if (listen instanceof Address.Unix u) {
      removeStaleSocket(u);
      ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
      s.bind(u.socketAddress());
      return s;
    }
    ServerSocketChannel s = ServerSocketChannel.open();
    s.bind(listen.socketAddress());
    return s;
  }

  /** A socket file left by an earlier run is replaced; one somebody still listens on is not. */
  private static void removeStaleSocket(Address.Unix u) throws IOException {
    if (!Files.exists(u.path())) {
      return;
    }
    boolean inUse;
    try (SocketChannel probe = u.connect()) {
      inUse = true;
    } catch (IOException e) {
      inUse = false;
    }
    if (inUse) {
      throw new IOException(u.path() + " is in use: something listens on it");
    }
    Files.delete(u.path());
  }

  /** Where clients connect (with the port the system chose for TCP port 0). */
  public Address listenAddress() {
    return listen;
  }

  public Address target() {
    return target;
  }

  /**
   * The fault rules of the proxied connections: the simulator's own ({@code onCommand("commit map").close()},
   * {@code afterCommands(2).reset()}, {@code pauseAccepting()}...), acting on the traffic between client and target.
   * Connections are numbered from 1 in accept order; their socket is {@link #listenAddress()}. A fault that makes
   * the simulator answer for HAProxy ({@code answer}, a version quirk) cannot act here and is reported so.
   */
  public Faults faults() {
    return faults;
  }

  /** While paused, a connection is accepted but not served (its client sees what a full maxconn shows it). */
  private synchronized void accepting(boolean accepting) {
    paused = !accepting;
    notifyAll();
  }

  private synchronized void awaitAccepting() throws InterruptedException {
    while (paused && !closed) {
      wait();
    }
  }

  private void acceptLoop() {
    while (!closed) {
      SocketChannel client;
      try {
        client = server.accept();
      } catch (ClosedChannelException e) {
        return;
      } catch (IOException e) {
        if (closed) {
          return;
        }
        System.err.println("proxy: accept failed: " + e.getMessage());
        continue;
      }
      try {
        awaitAccepting();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      int id = ++accepted;
      ProxiedConnection connection = new ProxiedConnection(client, target, listeners.get(),
          faults.forConnection(listen.toString(), id), what -> faultLog.accept("connection " + id + ": " + what),
          open::remove);
      open.add(connection);
      connection.start("proxy-" + id);
      if (closed) { // stopped meanwhile: close() may not have seen it
        connection.close();
      }
    }
  }

  /**
   * Stops listening and closes every connection still open, then waits a little for each to report its end (so
   * that a recording holds everything that crossed).
   */
  @Override
  public void close() throws IOException {
    closed = true;
    accepting(true);
    server.close();
    List<ProxiedConnection> left = List.copyOf(open);
    left.forEach(ProxiedConnection::close);
    try {
      acceptor.join(CLOSE_WAIT_MS);
      for (ProxiedConnection c : left) {
        c.awaitClosed(CLOSE_WAIT_MS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (listen instanceof Address.Unix u) {
      Files.deleteIfExists(u.path());
    }
  }
}
