package io.hapsim.client.events;

import io.hapsim.client.CliOptions;
import io.hapsim.client.error.HaproxyException;
import io.hapsim.client.transport.Connection;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A ring being followed ({@link EventsClient#follow}): a thread of its own reads the events and hands each to the
 * listener. It goes on until {@link #close()}, until HAProxy ends it (the process stops or reloads), or until the
 * listener throws; {@link #ended()} tells when and how.
 */
public final class EventFollower implements AutoCloseable {

    private final Connection connection;
    private final char separator;
    private final Charset charset;
    private final Consumer<String> listener;
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private final long closeWaitMillis;
    private volatile boolean closing;

    private EventFollower(Connection connection, char separator, CliOptions options, Consumer<String> listener) {
        this.connection = connection;
        this.separator = separator;
        this.charset = options.charset();
        this.listener = listener;
        this.closeWaitMillis = options.readTimeout().toMillis();
    }

    static EventFollower start(Connection connection, char separator, CliOptions options, Consumer<String> listener,
            String ring) {
        EventFollower follower = new EventFollower(connection, separator, options, listener);
        Thread reader = new Thread(follower::read, "hapsim-events-" + ring);
        reader.setDaemon(true);
        reader.start();
        return follower;
    }

    /**
     * Completes once the following has ended: normally after {@link #close()} or when HAProxy closed the
     * connection; exceptionally when reading failed or the listener threw.
     */
    public CompletableFuture<Void> ended() {
        return ended;
    }

    private void read() {
        ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
        ByteArrayOutputStream event = new ByteArrayOutputStream();
        try {
            while (connection.read(buffer) >= 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    byte b = buffer.get();
                    if (b == (byte) separator) {
                        // with line feeds, the empty line after the last event is the end's terminator
                        if (event.size() > 0 || separator == 0) {
                            listener.accept(event.toString(charset));
                        }
                        event.reset();
                    } else {
                        event.write(b);
                    }
                }
                buffer.clear();
            }
            // what is left is the terminator HAProxy writes once the following ends
            ended.complete(null);
        } catch (RuntimeException e) {
            if (closing) {
                ended.complete(null);
            } else {
                ended.completeExceptionally(e);
            }
        } finally {
            connection.close();
        }
    }

    /**
     * Stops following: HAProxy is told that nothing more will be sent (a half-close, which every version takes as
     * the end at once, unlike a key, which 2.x only sees at the next event), and its end is awaited (up to the read
     * timeout) before the connection closes.
     */
    @Override
    public void close() {
        closing = true;
        try {
            connection.shutdownOutput();
            ended.get(closeWaitMillis, TimeUnit.MILLISECONDS);
        } catch (RuntimeException | ExecutionException | TimeoutException e) {
            // the connection is closed below whatever ended it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HaproxyException("interrupted while ending a following", e);
        } finally {
            connection.close();
        }
    }
}
