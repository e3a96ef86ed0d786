package io.hapsim.client.map;

import io.hapsim.client.RuntimeApi;
import io.hapsim.client.error.ErrorClassifier;
import io.hapsim.client.error.ErrorKind;
import io.hapsim.client.error.HaproxyException;
import java.nio.charset.Charset;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One non-interactive connection per chunk: connect, {@code add map ... <<}, the payload, the empty line, read the
 * answer until HAProxy closes. Chunks go out from worker threads, so the caller builds the next chunk while HAProxy
 * stores the previous one; with one connection (the default) a single worker keeps the entries' order. With {@code
 * connections > 1}, that many chunks are in flight at once on separate connections. The queue is bounded: memory
 * stays constant.
 */
final class ConnectionPerChunkSink implements ChunkSink {

    private final RuntimeApi cli;
    private final String command;
    private final byte[] commandLine;
    private final Charset charset;
    private final ProgressListener progress;
    private final ExecutorService workers;
    private final Semaphore slots;
    private final int connections;
    private final AtomicReference<HaproxyException> failure = new AtomicReference<>();
    private final AtomicLong entries = new AtomicLong();
    private final AtomicLong chunks = new AtomicLong();

    ConnectionPerChunkSink(RuntimeApi cli, String command, int connections, ProgressListener progress) {
        this.cli = cli;
        this.command = command;
        this.charset = cli.options().charset();
        this.commandLine = (command + "\n").getBytes(charset);
        this.progress = progress;
        this.connections = connections;
        this.workers = Executors.newFixedThreadPool(connections, r -> {
            Thread t = new Thread(r, "hapsim-chunk-sender");
            t.setDaemon(true);
            return t;
        });
        this.slots = new Semaphore(connections * 2);
    }

    @Override
    public void send(Chunk chunk) {
        rethrow();
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HaproxyException("interrupted", e);
        }
        rethrow();
        workers.execute(() -> {
            try {
                if (failure.get() == null) {
                    deliver(chunk);
                }
            } catch (HaproxyException e) {
                failure.compareAndSet(null, e);
            } catch (RuntimeException e) {
                failure.compareAndSet(null, new HaproxyException("chunk upload failed: " + e, e));
            } finally {
                slots.release();
            }
        });
    }

    private void deliver(Chunk chunk) {
        byte[] request = new byte[commandLine.length + chunk.payload().length + 1];
        System.arraycopy(commandLine, 0, request, 0, commandLine.length);
        System.arraycopy(chunk.payload(), 0, request, commandLine.length, chunk.payload().length);
        request[request.length - 1] = '\n';
        String answer;
        try {
            answer = new String(cli.exchange(request, command), charset);
        } catch (HaproxyException e) {
            if (ChunkFailures.isTooBig(e, chunk, cli.options().bufferSize())) {
                split(chunk);
                return;
            }
            throw e;
        }
        Optional<ErrorKind> error = ErrorClassifier.classify(answer);
        if (error.isPresent()) {
            if (error.get() == ErrorKind.COMMAND_TOO_BIG) {
                split(chunk);
                return;
            }
            throw ChunkFailures.locate(ErrorClassifier.exception(error.get(), command, answer), chunk, charset);
        }
        long done = entries.addAndGet(chunk.entries());
        progress.acknowledged(done, chunks.incrementAndGet());
    }

    private void split(Chunk chunk) {
        if (chunk.entries() < 2) {
            throw ChunkFailures.singleEntryTooBig(chunk, cli.options().bufferSize());
        }
        for (Chunk half : chunk.halves()) {
            deliver(half);
        }
    }

    private void rethrow() {
        HaproxyException e = failure.get();
        if (e != null) {
            throw e;
        }
    }

    @Override
    public void finish() {
        try {
            slots.acquire(connections * 2);
            slots.release(connections * 2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HaproxyException("interrupted", e);
        }
        rethrow();
    }

    @Override
    public long acknowledgedEntries() {
        return entries.get();
    }

    @Override
    public void close() {
        failure.compareAndSet(null, new HaproxyException("upload abandoned"));
        workers.shutdown();
        try {
            workers.awaitTermination(cli.options().readTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
