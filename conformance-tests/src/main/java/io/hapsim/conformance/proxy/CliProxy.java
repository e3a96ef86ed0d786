package io.hapsim.conformance.proxy;

import io.hapsim.conformance.replay.net.Address;
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
 */
public final class CliProxy implements AutoCloseable {
  private static final long CLOSE_WAIT_MS = 2_000;

  private final ServerSocketChannel server;
  private final Address listen;
  private final Address target;
  private final Supplier<TrafficListener> listeners;
  private final Set<ProxiedConnection> open = ConcurrentHashMap.newKeySet();
  private final Thread acceptor;
  private volatile boolean closed;
  private int accepted;

  private CliProxy(ServerSocketChannel server, Address listen, Address target, Supplier<TrafficListener> listeners) {
    this.server = server;
    this.listen = listen;
    this.target = target;
    this.listeners = listeners;
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
    ServerSocketChannel server = bind(listen);
    Address bound = listen instanceof Address.Tcp t
        ? new Address.Tcp(t.host(), ((InetSocketAddress) server.getLocalAddress()).getPort())
        : listen;
    CliProxy proxy = new CliProxy(server, bound, target, listeners);
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
      ProxiedConnection connection = new ProxiedConnection(client, target, listeners.get(), open::remove);
      open.add(connection);
      connection.start("proxy-" + ++accepted);
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
