package io.hapsim.client.map;

import io.hapsim.client.CliSession;
import io.hapsim.client.RuntimeApi;
import io.hapsim.client.SessionMode;
import io.hapsim.client.error.ErrorClassifier;
import io.hapsim.client.error.ErrorKind;
import io.hapsim.client.error.HaproxyException;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Chunks pipelined on one interactive session, at most {@code window} unacknowledged. HAProxy answers in order, so
 * when a chunk is refused as too big (the session is then closed by HAProxy), the chunks before it are known to be
 * applied and those after it not: the session is reopened and the refused chunk is sent again in two halves,
 * followed by the rest.
 */
final class SessionSink implements ChunkSink {

    private static final int MAX_REOPENS = 32;

    private record InFlight(Chunk chunk, CompletableFuture<String> answer) {
    }

    private final RuntimeApi cli;
    private final SessionMode mode;
    private final String command;
    private final Charset charset;
    private final int window;
    private final ProgressListener progress;
    private final Deque<InFlight> inFlight = new ArrayDeque<>();
    private CliSession session;
    private long entries;
    private long chunks;
    private int reopens;

    SessionSink(RuntimeApi cli, SessionMode mode, String command, int window, ProgressListener progress) {
        this.cli = cli;
        this.mode = mode;
        this.command = command;
        this.charset = cli.options().charset();
        this.window = window;
        this.progress = progress;
        this.session = cli.openSession(mode);
    }

    @Override
    public void send(Chunk chunk) {
        drain(false);
        while (inFlight.size() >= window) {
            drain(true);
        }
        inFlight.addLast(new InFlight(chunk, session.sendPayload(command, chunk.payload())));
    }

    /** Handles acknowledged chunks at the head; with {@code block}, waits for the head first. */
    private void drain(boolean block) {
        while (!inFlight.isEmpty()) {
            InFlight head = inFlight.peekFirst();
            if (!block && !head.answer().isDone()) {
                return;
            }
            block = false;
            String answer;
            try {
                answer = head.answer().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HaproxyException("interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (ChunkFailures.isTooBig(cause, head.chunk(), cli.options().bufferSize())) {
                    resendSplit();
                    continue;
                }
                throw cause instanceof HaproxyException h ? h : new HaproxyException(String.valueOf(cause), cause);
            }
            Optional<ErrorKind> error = ErrorClassifier.classify(answer);
            if (error.isPresent()) {
                throw ChunkFailures.locate(ErrorClassifier.exception(error.get(), command, answer), head.chunk(),
                        charset);
            }
            inFlight.pollFirst();
            entries += head.chunk().entries();
            progress.acknowledged(entries, ++chunks);
        }
    }

    private void resendSplit() {
        if (++reopens > MAX_REOPENS) {
            throw new HaproxyException("HAProxy kept refusing payloads as too big (" + MAX_REOPENS + " retries)");
        }
        List<Chunk> redo = new ArrayList<>();
        InFlight failed = inFlight.pollFirst();
        if (failed.chunk().entries() < 2) {
            throw ChunkFailures.singleEntryTooBig(failed.chunk(), cli.options().bufferSize());
        }
        for (Chunk half : failed.chunk().halves()) {
            redo.add(half);
        }
        for (InFlight rest : inFlight) {
            redo.add(rest.chunk());
        }
        inFlight.clear();
        session.close();
        session = cli.openSession(mode);
        for (Chunk c : redo) {
            inFlight.addLast(new InFlight(c, session.sendPayload(command, c.payload())));
        }
    }

    @Override
    public void finish() {
        while (!inFlight.isEmpty()) {
            drain(true);
        }
    }

    @Override
    public long acknowledgedEntries() {
        return entries;
    }

    @Override
    public void close() {
        session.close();
    }
}
