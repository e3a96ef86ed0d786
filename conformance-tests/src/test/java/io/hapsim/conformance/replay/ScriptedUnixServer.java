package io.hapsim.conformance.replay;

import io.hapsim.conformance.replay.target.InstanceLog;
import io.hapsim.conformance.replay.target.TargetInstance;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** A UNIX socket server for runner tests: each accepted connection is handed to a script. */
final class ScriptedUnixServer implements TargetInstance {
  interface Script {
    void handle(SocketChannel ch, int index) throws Exception;
  }

  private final Path dir;
  private final Path socket;
  private final ServerSocketChannel server;
  private final Thread acceptor;
  private InstanceLog log;

  ScriptedUnixServer(Path dir, Script script) throws IOException {
    this.dir = dir;
    this.socket = dir.resolve("admin.sock");
    this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(UnixDomainSocketAddress.of(socket));
    this.acceptor = new Thread(() -> {
      int n = 0;
      while (server.isOpen()) {
        try {
          SocketChannel ch = server.accept();
          int index = n++;
          Thread t = new Thread(() -> {
            try (ch) {
              script.handle(ch, index);
            } catch (Exception ignored) {
              // the client side records what happened
            }
          });
          t.setDaemon(true);
          t.start();
        } catch (IOException e) {
          return;
        }
      }
    });
    acceptor.setDaemon(true);
    acceptor.start();
  }

  ScriptedUnixServer withLog(InstanceLog l) {
    this.log = l;
    return this;
  }

  static String readLine(SocketChannel ch) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteBuffer one = ByteBuffer.allocate(1);
    while (true) {
      one.clear();
      if (ch.read(one) < 0) {
        return out.size() == 0 ? null : out.toString(StandardCharsets.ISO_8859_1);
      }
      out.write(one.get(0));
      if (one.get(0) == '\n') {
        return out.toString(StandardCharsets.ISO_8859_1);
      }
    }
  }

  static void write(SocketChannel ch, String s) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(s.getBytes(StandardCharsets.ISO_8859_1));
    while (b.hasRemaining()) {
      ch.write(b);
    }
  }

  Path dir() {
    return dir;
  }

  @Override
  public Map<String, String> sockets() {
    return Map.of("admin", "unix:" + socket, "missing", "unix:" + dir.resolve("nothing-here.sock"));
  }

  @Override
  public Map<String, String> vars() {
    return Map.of("DIR", dir.toString());
  }

  @Override
  public Optional<InstanceLog> log() {
    return Optional.ofNullable(log);
  }

  @Override
  public void close() throws IOException {
    server.close();
    Files.deleteIfExists(socket);
  }
}
