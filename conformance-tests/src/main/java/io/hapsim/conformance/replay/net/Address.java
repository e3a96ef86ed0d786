package io.hapsim.conformance.replay.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A socket address as written in target specs: {@code unix:PATH}, a path containing {@code /},
 * {@code HOST:PORT} or {@code tcp:HOST:PORT} ({@code [::1]:PORT} for IPv6).
 */
public sealed interface Address {
  Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

  SocketAddress socketAddress();

  /** A blocking channel connected to this address (closed again if the connection fails). */
  default SocketChannel connect() throws IOException {
    SocketChannel ch = this instanceof Unix ? SocketChannel.open(StandardProtocolFamily.UNIX) : SocketChannel.open();
    try {
      ch.connect(socketAddress());
      return ch;
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  record Unix(Path path) implements Address {
    @Override
    public SocketAddress socketAddress() {
      return UnixDomainSocketAddress.of(path);
    }

    @Override
    public String toString() {
      return "unix:" + path;
    }
  }

  record Tcp(String host, int port) implements Address {
    @Override
    public SocketAddress socketAddress() {
      return new InetSocketAddress(host, port);
    }

    public boolean isLoopback() {
      return LOOPBACK_HOSTS.contains(host);
    }

    @Override
    public String toString() {
      return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
  }

  Pattern HOST_PORT = Pattern.compile("^\\[?([^\\]]+?)\\]?:(\\d+)$");

  static Address parse(String spec) {
    if (spec.startsWith("unix:")) {
      return new Unix(Path.of(spec.substring(5)));
    }
    String s = spec;
    if (s.startsWith("tcp:")) {
      s = s.substring(4);
    } else if (s.contains("/")) {
      return new Unix(Path.of(s));
    }
    Matcher m = HOST_PORT.matcher(s);
    if (!m.matches()) {
      throw new IllegalArgumentException("cannot parse address " + spec + " (unix path or host:port)");
    }
    return new Tcp(m.group(1), Integer.parseInt(m.group(2)));
  }
}
