package io.hapsim.simulator;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A bare socket client for tests: sends exact bytes, reads everything back, reports how the connection ended. */
public final class RawClient implements AutoCloseable {

    /** What came back, and whether the server closed the connection before the read deadline. */
    public record Exchange(String received, boolean closedByServer) {
    }

    private final SocketChannel channel;
    private final StringBuilder received = new StringBuilder();
    private final CompletableFuture<Boolean> reader;

    private RawClient(SocketChannel channel) {
        this.channel = channel;
        this.reader = CompletableFuture.supplyAsync(this::readAll);
    }

    public static RawClient unix(Path path) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(path));
        return new RawClient(channel);
    }

    public static RawClient tcp(InetSocketAddress address) throws IOException {
        SocketChannel channel = SocketChannel.open((SocketAddress) address);
        return new RawClient(channel);
    }

    public static RawClient connect(Simulator simulator) throws IOException {
        return unix(simulator.unixSocket());
    }

    public RawClient send(String latin1) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(latin1.getBytes(StandardCharsets.ISO_8859_1));
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        return this;
    }

    public RawClient shutdownOutput() throws IOException {
        channel.shutdownOutput();
        return this;
    }

    /** Waits until the server closes or {@code timeout} passes, and returns what was received. */
    public Exchange finish(Duration timeout) throws InterruptedException {
        boolean closed;
        try {
            closed = reader.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            closed = false;
        } catch (ExecutionException e) {
            closed = true;
        }
        synchronized (received) {
            return new Exchange(received.toString(), closed);
        }
    }

    /** Waits until {@code text} has been received (or the connection ends). */
    public String awaitText(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            synchronized (received) {
                if (received.indexOf(text) >= 0 || reader.isDone()) {
                    return received.toString();
                }
            }
            Thread.sleep(5);
        }
        synchronized (received) {
            return received.toString();
        }
    }

    private boolean readAll() {
        ByteBuffer buffer = ByteBuffer.allocate(65536);
        try {
            while (true) {
                buffer.clear();
                int n = channel.read(buffer);
                if (n < 0) {
                    return true;
                }
                synchronized (received) {
                    received.append(new String(buffer.array(), 0, n, StandardCharsets.ISO_8859_1));
                }
            }
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
