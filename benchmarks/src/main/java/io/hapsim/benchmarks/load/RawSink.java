package io.hapsim.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The physical limit: a server that only reads. Each connection is read to its end (the client shuts its writing
 * side), then the sink answers with the byte count it read (8 bytes) and closes. Runs in the caller's JVM, one
 * thread per connection, like HAProxy competing with the client for the same cores.
 */
public final class RawSink implements AutoCloseable {

    private final ServerSocketChannel server;
    private final Endpoint endpoint;
    private final Path dir;
    private final Thread acceptor;

    private RawSink(Transport transport) throws IOException {
        if (transport == Transport.UNIX) {
            dir = Files.createTempDirectory(Path.of("/tmp"), "hb-sink-");
            Path socket = dir.resolve("sink.sock");
            server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket), 64);
            endpoint = Endpoint.unix(socket);
        } else {
            dir = null;
            server = ServerSocketChannel.open(StandardProtocolFamily.INET);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            endpoint = Endpoint.tcp((InetSocketAddress) server.getLocalAddress());
        }
        acceptor = new Thread(this::acceptLoop, "bench-raw-sink");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static RawSink start(Transport transport) {
        try {
            return new RawSink(transport);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try {
                SocketChannel ch = server.accept();
                Thread t = new Thread(() -> drain(ch), "bench-raw-sink-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void drain(SocketChannel ch) {
        ByteBuffer buf = ByteBuffer.allocateDirect(1 << 16);
        long total = 0;
        try (ch) {
            while (true) {
                buf.clear();
                int n = ch.read(buf);
                if (n < 0) {
                    break;
                }
                total += n;
            }
            ByteBuffer ack = ByteBuffer.allocate(8).putLong(total).flip();
            while (ack.hasRemaining()) {
                ch.write(ack);
            }
        } catch (IOException ignored) {
            // the client's problem
        }
    }

    /**
     * Pushes the bytes of a load through one connection (shape {@code stream}: the bytes of a prompt-payload load)
     * or one connection per chunk (shape {@code conn-per-chunk}); returns the bytes the sink confirmed.
     */
    public long push(String shape, byte[] header, Iterable<byte[]> chunks) throws IOException {
        long total = 0;
        if (shape.equals("stream")) {
            try (SocketChannel ch = endpoint.open()) {
                long sent = write(ch, ByteBuffer.wrap("prompt\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
                for (byte[] c : chunks) {
                    sent += write(ch, request(header, c));
                }
                total += finish(ch, sent);
            }
        } else if (shape.equals("conn-per-chunk")) {
            for (byte[] c : chunks) {
                try (SocketChannel ch = endpoint.open()) {
                    total += finish(ch, write(ch, request(header, c)));
                }
            }
        } else {
            throw new IllegalArgumentException("shape: stream or conn-per-chunk, not " + shape);
        }
        return total;
    }

    private static ByteBuffer request(byte[] header, byte[] chunk) {
        ByteBuffer b = ByteBuffer.allocate(header.length + chunk.length + 1);
        b.put(header).put(chunk).put((byte) '\n').flip();
        return b;
    }

    private static long write(SocketChannel ch, ByteBuffer b) throws IOException {
        long n = b.remaining();
        while (b.hasRemaining()) {
            ch.write(b);
        }
        return n;
    }

    private static long finish(SocketChannel ch, long sent) throws IOException {
        ch.shutdownOutput();
        ByteBuffer ack = ByteBuffer.allocate(8);
        while (ack.hasRemaining()) {
            if (ch.read(ack) < 0) {
                throw new IOException("the sink closed without its count");
            }
        }
        long got = ack.flip().getLong();
        if (got != sent) {
            throw new IOException("the sink read " + got + " bytes of " + sent);
        }
        return got;
    }

    @Override
    public void close() {
        try {
            server.close();
            if (dir != null) {
                Files.deleteIfExists(dir.resolve("sink.sock"));
                Files.deleteIfExists(dir);
            }
        } catch (IOException ignored) {
            // best effort
        }
    }
}
