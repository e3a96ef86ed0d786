package io.hapsim.benchmarks.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One interactive connection on which commands are pipelined: the caller writes, a reader thread counts the answers
 * (an {@link AnswerScanner}) and gives back window permits; at most {@code window} answers are awaited at once.
 */
final class Pipeline implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 120;

    private final SocketChannel channel;
    private final AnswerScanner scanner;
    private final Semaphore window;
    private final Thread reader;
    private final Object lock = new Object();
    private volatile long answered;
    private volatile boolean eof;
    private volatile Throwable failure;
    private long expected;

    Pipeline(Endpoint endpoint, AnswerScanner scanner, int window) throws IOException {
        this.channel = endpoint.open();
        this.scanner = scanner;
        this.window = new Semaphore(window);
        this.reader = new Thread(this::readLoop, "bench-pipeline-reader");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    private void readLoop() {
        ByteBuffer buf = ByteBuffer.allocateDirect(1 << 16);
        try {
            while (true) {
                buf.clear();
                int n = channel.read(buf);
                if (n < 0) {
                    eof = true;
                    break;
                }
                buf.flip();
                int done = scanner.scan(buf);
                if (scanner.firstError() != null) {
                    break;
                }
                if (done > 0) {
                    window.release(done);
                    synchronized (lock) {
                        answered += done;
                        lock.notifyAll();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (channel.isOpen()) {
                failure = e;
            }
        }
        eof = true;
        window.release(1 << 20);
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    /** Writes {@code bytes} holding {@code answers} commands, after waiting for that many window permits. */
    void send(ByteBuffer bytes, int answers) throws IOException {
        try {
            if (!window.tryAcquire(answers, TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException("no answer for " + TIMEOUT_SECONDS + " s (" + answered + " of " + expected
                        + " answered)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        check();
        expected += answers;
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    void send(byte[] bytes, int answers) throws IOException {
        send(ByteBuffer.wrap(bytes), answers);
    }

    /** Waits until every command sent so far is answered; fails on an error answer or a close. */
    void await() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        synchronized (lock) {
            while (answered < expected && !eof) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IOException("no answer for " + TIMEOUT_SECONDS + " s (" + answered + " of " + expected
                            + " answered)");
                }
                try {
                    lock.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        }
        check();
        if (answered < expected) {
            throw new IOException("the server closed the connection after " + answered + " of " + expected
                    + " answers");
        }
    }

    private void check() throws IOException {
        Throwable f = failure;
        if (f != null) {
            throw new IOException("connection failed: " + f, f);
        }
        String error = scanner.firstError();
        if (error != null) {
            throw new IOException("the server answered: " + error.strip());
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (!eof && channel.isOpen()) {
                try {
                    channel.write(ByteBuffer.wrap("quit\n".getBytes(StandardCharsets.ISO_8859_1)));
                } catch (IOException ignored) {
                    // already gone
                }
            }
        } finally {
            channel.close();
            try {
                reader.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
