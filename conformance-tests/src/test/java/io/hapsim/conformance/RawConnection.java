package io.hapsim.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A CLI connection a live test holds open and drives by hand (a session kept idle, or put in prompt mode), where
 * {@link OneCommand}'s one question per connection does not do: latin-1 text in, what one read brings out.
 */
public final class RawConnection implements AutoCloseable {
  private final SocketChannel channel;

  private RawConnection(SocketChannel channel) {
    this.channel = channel;
  }

  /** A connection to a UNIX socket. */
  public static RawConnection open(Path socket) throws IOException {
    return open(UnixDomainSocketAddress.of(socket));
  }

  /** A connection to a UNIX socket or a TCP address. */
  public static RawConnection open(SocketAddress address) throws IOException {
    SocketChannel channel = SocketChannel.open(address instanceof UnixDomainSocketAddress
        ? StandardProtocolFamily.UNIX : StandardProtocolFamily.INET);
    try {
      channel.connect(address);
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    return new RawConnection(channel);
  }

  /** Writes all of {@code text}. */
  public void send(String text) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1));
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
  }

  /** What one read brings (a prompt, say), or nothing at the end of the connection. */
  public String readOnce() throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(4096);
    int n = channel.read(buffer);
    return n < 0 ? "" : new String(buffer.array(), 0, n, StandardCharsets.ISO_8859_1);
  }

  /** Everything until the peer closes. */
  public String readToEnd() throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    ByteBuffer buffer = ByteBuffer.allocate(65536);
    while (channel.read(buffer) >= 0) {
      all.write(buffer.array(), 0, buffer.position());
      buffer.clear();
    }
    return all.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
