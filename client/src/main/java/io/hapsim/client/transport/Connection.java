package io.hapsim.client.transport;

import io.hapsim.client.CliAddress;
import io.hapsim.client.error.CliConnectionException;
import io.hapsim.client.error.CliTimeoutException;
import io.hapsim.client.error.ConnectionFailure;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One blocking stream connection to a stats socket (UNIX or TCP) with an idle deadline: while {@link #watch()} is on,
 * a connection that neither reads nor writes a byte for {@code readTimeout} is closed, and the blocked call throws
 * {@link CliTimeoutException}. I/O errors become {@link CliConnectionException}s saying what happened.
 */
public final class Connection implements AutoCloseable {

    private final SocketChannel channel;
    private final CliAddress address;
    private final Duration readTimeout;
    private volatile long lastProgress = System.nanoTime();
    private volatile boolean timedOut;
    private volatile boolean watching;
    private final Runnable check = this::checkIdle;

    private Connection(SocketChannel channel, CliAddress address, Duration readTimeout) {
        this.channel = channel;
        this.address = address;
        this.readTimeout = readTimeout;
        Watchdog.register(check);
    }

    public static Connection open(CliAddress address, Duration connectTimeout, Duration readTimeout) {
        SocketChannel channel;
        try {
            channel = address.isUnix() ? SocketChannel.open(StandardProtocolFamily.UNIX) : SocketChannel.open();
        } catch (IOException e) {
            throw new CliConnectionException(ConnectionFailure.CONNECT, "cannot open a socket: " + e.getMessage(), e);
        }
        long deadline = System.nanoTime() + connectTimeout.toNanos();
        AtomicBoolean abandoned = new AtomicBoolean();
        Runnable abort = () -> {
            if (System.nanoTime() > deadline && abandoned.compareAndSet(false, true)) {
                closeQuietly(channel);
            }
        };
        Watchdog.register(abort);
        try {
            channel.connect(address.socketAddress());
            if (!address.isUnix()) {
                channel.socket().setTcpNoDelay(true);
            }
        } catch (IOException e) {
            closeQuietly(channel);
            if (abandoned.get()) {
                throw CliTimeoutException.connecting("connecting to " + address, connectTimeout);
            }
            // EAGAIN: a UNIX listener whose backlog is full refuses for now rather than for good
            ConnectionFailure failure = describe(e).contains("Resource temporarily unavailable")
                    ? ConnectionFailure.BUSY : ConnectionFailure.CONNECT;
            throw new CliConnectionException(failure, "cannot connect to " + address + ": " + describe(e), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw new CliConnectionException(ConnectionFailure.CONNECT, "cannot connect to " + address + ": " + e, e);
        } finally {
            Watchdog.unregister(abort);
        }
        return new Connection(channel, address, readTimeout);
    }

    public CliAddress address() {
        return address;
    }

    /** Starts the idle deadline (off by default: an idle interactive session may wait for its caller). */
    public void watch() {
        lastProgress = System.nanoTime();
        watching = true;
    }

    /** Stops the idle deadline. */
    public void unwatch() {
        watching = false;
    }

    private void checkIdle() {
        if (watching && System.nanoTime() - lastProgress > readTimeout.toNanos()) {
            timedOut = true;
            closeQuietly(channel);
        }
    }

    /** Writes all bytes of {@code buffer}. */
    public void write(ByteBuffer buffer) {
        try {
            while (buffer.hasRemaining()) {
                if (channel.write(buffer) > 0) {
                    lastProgress = System.nanoTime();
                }
            }
        } catch (IOException e) {
            throw failure("writing to", e);
        }
    }

    /** Reads some bytes; -1 at end of stream. */
    public int read(ByteBuffer buffer) {
        try {
            int n = channel.read(buffer);
            if (n != 0) {
                lastProgress = System.nanoTime();
            }
            return n;
        } catch (IOException e) {
            throw failure("reading from", e);
        }
    }

    /** Half-closes: tells HAProxy that nothing more will be sent. */
    public void shutdownOutput() {
        try {
            channel.shutdownOutput();
        } catch (IOException e) {
            throw failure("shutting down", e);
        }
    }

    /** Marks progress made elsewhere (e.g. a caller still producing data). */
    public void touch() {
        lastProgress = System.nanoTime();
    }

    public boolean isOpen() {
        return channel.isOpen();
    }

    private RuntimeException failure(String doing, IOException e) {
        if (timedOut) {
            return new CliTimeoutException(doing + " " + address, readTimeout);
        }
        String text = describe(e);
        ConnectionFailure kind;
        if (text.contains("Broken pipe")) {
            kind = ConnectionFailure.BROKEN_PIPE;
        } else if (text.contains("reset")) {
            kind = ConnectionFailure.RESET;
        } else if (e instanceof ClosedChannelException) {
            kind = ConnectionFailure.CLOSED;
        } else {
            kind = ConnectionFailure.IO;
        }
        return new CliConnectionException(kind, doing + " " + address + ": " + text, e);
    }

    private static String describe(IOException e) {
        if (e instanceof ClosedChannelException) {
            return "connection closed";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Whether the watchdog closed this connection. */
    public boolean timedOut() {
        return timedOut;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public void close() {
        Watchdog.unregister(check);
        closeQuietly(channel);
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing left to do
        }
    }
}
