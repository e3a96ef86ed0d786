package io.hapsim.client.map;

import io.hapsim.client.RuntimeApi;
import io.hapsim.client.HaproxyVersion;
import io.hapsim.client.SessionMode;
import io.hapsim.client.error.CliConnectionException;
import io.hapsim.client.error.CliTimeoutException;
import io.hapsim.client.error.HaproxyException;
import io.hapsim.client.error.TransactionFailedException;
import io.hapsim.client.error.TransactionFailedException.Phase;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;

/**
 * Atomic replacement of a map's content: {@code prepare map} creates a new version, every entry is streamed to it
 * ({@code add map @ver <map> <<} payload chunks, constant memory, whatever the source), the new version is verified
 * (entry count and checksum of its {@code show map @ver} listing against what was sent), and only then {@code commit
 * map} makes it current in one step. Request traffic never sees a partial map.
 *
 * <p>On any failure (an error answer, a refused entry, a broken connection, a timeout, or {@link #close()} without
 * {@link #commit()}) nothing is committed: the live map is unchanged, the exception ({@link
 * TransactionFailedException}) says what failed, and the prepared version is left uncommitted (HAProxy discards it at
 * the next commit; with {@link ReplaceOptions#clearOnFailure()} its entries are also cleared right away).
 *
 * <pre>{@code
 * try (MapTransaction tx = haproxy.maps().begin("/etc/haproxy/hosts.map", ReplaceOptions.defaults())) {
 *     tx.addAll(Path.of("hosts.map"));
 *     tx.add("extra.example.com", "be2");
 *     ReplaceResult done = tx.commit();
 * }
 * }</pre>
 * Not thread-safe: one thread feeds a transaction.
 */
public final class MapTransaction implements AutoCloseable {

    private enum State { OPEN, COMMITTED, FAILED }

    private final RuntimeApi cli;
    private final MapClient maps;
    private final String map;
    private final ReplaceOptions options;
    private final long version;
    private final LoadStrategy strategy;
    private final PayloadChunker chunker;
    private final String command;
    private final long startNanos;
    private ChunkSink sink;
    private long position;
    private long chunks;
    private State state = State.OPEN;

    private MapTransaction(RuntimeApi cli, MapClient maps, String map, ReplaceOptions options, long version,
            LoadStrategy strategy, long startNanos) {
        this.cli = cli;
        this.maps = maps;
        this.map = map;
        this.options = options;
        this.version = version;
        this.strategy = strategy;
        this.startNanos = startNanos;
        this.command = "add map @" + version + " " + CommandWords.escape(map) + " <<";
        int commandBytes = command.getBytes(cli.options().charset()).length;
        int fits = ChunkBudget.payloadBytes(cli.options().bufferSize(), commandBytes);
        // a bigger chunk is never of use: up to 3.2 HAProxy refuses it (the sink then splits it), and 3.4 takes it
        // into a growing payload buffer but, with more commands pipelined behind it, reads the payload's tail as
        // commands (measured on 3.4.7: entries lost, "Unknown command: 'key...'")
        int budget = options.chunkBytes() > 0 ? Math.min(options.chunkBytes(), fits) : fits;
        this.chunker = new PayloadChunker(budget, cli.options().charset());
    }

    /** Prepares a new version of {@code map} (detecting the HAProxy version to pick the strategy). */
    static MapTransaction begin(RuntimeApi cli, MapClient maps, String map, ReplaceOptions options) {
        Objects.requireNonNull(map);
        long start = System.nanoTime();
        options.progress().phase("prepare");
        LoadStrategy strategy = options.strategy();
        try {
            if (strategy == null || strategy.kind() == LoadStrategy.Kind.INTERACTIVE_SESSION) {
                HaproxyVersion v = cli.version();
                if (strategy == null) {
                    strategy = StrategyTable.forVersion(v);
                } else if (!SessionMode.INTERACTIVE.supportedBy(v)) {
                    throw new IllegalArgumentException("'prompt i' sessions need HAProxy 3.2 or later, this is " + v);
                }
            }
            long version = maps.prepare(map);
            return new MapTransaction(cli, maps, map, options, version, strategy, start);
        } catch (HaproxyException e) {
            throw new TransactionFailedException(Phase.PREPARE, map, 0, 0, e.getMessage(), e);
        }
    }

    /** The prepared version the entries go to. */
    public long version() {
        return version;
    }

    public String map() {
        return map;
    }

    public LoadStrategy strategy() {
        return strategy;
    }

    /** Entries accepted so far (validated and queued or sent). */
    public long entriesAdded() {
        return position;
    }

    /** Payload bytes per chunk. */
    public int chunkBytes() {
        return chunker.maxBytes();
    }

    public void add(String key, String value) {
        add(new MapEntry(key, value));
    }

    public void add(MapEntry entry) {
        accept(entry, position + 1);
    }

    /** Streams every entry of an iterator (its n-th entry is reported as "line n" in errors). */
    public void addAll(Iterator<? extends MapEntry> entries) {
        long n = position;
        while (true) {
            MapEntry e;
            try {
                if (!entries.hasNext()) {
                    break;
                }
                e = entries.next();
            } catch (RuntimeException failure) {
                throw fail(Phase.UPLOAD, "reading the entries failed: " + failure.getMessage(), failure);
            }
            accept(e, ++n);
        }
    }

    /** Streams every entry of a map file (format: {@link MapFileReader}). */
    public void addAll(Path file) {
        MapFileReader reader;
        try {
            reader = MapFileReader.open(file, cli.options().charset());
        } catch (HaproxyException e) {
            throw fail(Phase.UPLOAD, e.getMessage(), e);
        }
        try (reader) {
            addSource(reader);
        }
    }

    /** Streams every entry of map-file text (format: {@link MapFileReader}); the stream is not closed. */
    public void addAll(InputStream in) {
        addSource(new MapFileReader(in, cli.options().charset()));
    }

    private void addSource(Iterator<SourceEntry> source) {
        while (true) {
            SourceEntry e;
            try {
                if (!source.hasNext()) {
                    break;
                }
                e = source.next();
            } catch (RuntimeException failure) {
                throw fail(Phase.UPLOAD, failure.getMessage(), failure);
            }
            accept(e.entry(), e.line());
        }
    }

    private void accept(MapEntry entry, long line) {
        requireOpen();
        try {
            Chunk full = chunker.add(entry, line);
            position++;
            if (full != null) {
                send(full);
            }
        } catch (RuntimeException e) {
            throw fail(Phase.UPLOAD, e.getMessage(), e);
        }
    }

    private void send(Chunk chunk) {
        if (sink == null) {
            options.progress().phase("upload");
            sink = switch (strategy.kind()) {
                case CONNECTION_PER_CHUNK -> new ConnectionPerChunkSink(cli, command, strategy.connections(),
                        options.progress());
                case PROMPT_SESSION -> new SessionSink(cli, SessionMode.PROMPT, command, options.sessionWindow(),
                        options.progress());
                case INTERACTIVE_SESSION -> new SessionSink(cli, SessionMode.INTERACTIVE, command,
                        options.sessionWindow(), options.progress());
            };
        }
        chunks++;
        sink.send(chunk);
    }

    /**
     * Sends what is left, waits for every acknowledgement, verifies the prepared version and commits it.
     *
     * @throws TransactionFailedException if anything failed; then nothing was committed
     */
    public ReplaceResult commit() {
        requireOpen();
        try {
            Chunk last = chunker.flush();
            if (last != null) {
                send(last);
            }
            if (sink != null) {
                sink.finish();
                sink.close();
            }
        } catch (RuntimeException e) {
            throw fail(Phase.UPLOAD, e.getMessage(), e);
        }
        MapChecksum sent = chunker.checksum();
        if (options.verify()) {
            options.progress().phase("verify");
            MapChecksum found;
            try {
                found = maps.checksum(map, version);
            } catch (RuntimeException e) {
                throw fail(Phase.VERIFY, e.getMessage(), e);
            }
            if (!found.equals(sent)) {
                throw fail(Phase.VERIFY, "version " + version + " holds " + found.entries() + " entries (checksum "
                        + found + "), " + sent.entries() + " were sent (checksum " + sent + ")", null);
            }
        }
        options.progress().phase("commit");
        try {
            maps.withTimeout(commitTimeout()).commit(map, version);
        } catch (CliConnectionException | CliTimeoutException e) {
            if (!committedAnyway()) {
                throw fail(Phase.COMMIT, e.getMessage(), e);
            }
        } catch (RuntimeException e) {
            throw fail(Phase.COMMIT, e.getMessage(), e);
        }
        state = State.COMMITTED;
        return new ReplaceResult(map, version, sent, chunks, strategy, Duration.ofNanos(System.nanoTime() - startNanos));
    }

    private Duration commitTimeout() {
        Duration t = cli.options().readTimeout();
        Duration min = Duration.ofMinutes(2);
        return t.compareTo(min) < 0 ? min : t;
    }

    /** After a transport failure during commit: did the commit happen anyway? */
    private boolean committedAnyway() {
        try {
            return maps.list().stream().anyMatch(m -> m.file().equals(map) && m.currentVersion() == version);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void requireOpen() {
        if (state != State.OPEN) {
            throw new IllegalStateException("transaction on " + map + " is " + state.name().toLowerCase());
        }
    }

    private TransactionFailedException fail(Phase phase, String detail, Throwable cause) {
        if (cause instanceof TransactionFailedException t) {
            return t;
        }
        state = State.FAILED;
        long sent = 0;
        if (sink != null) {
            try {
                // let the chunks in flight be answered first: 3.4 still runs what a closed session had sent, so a
                // clear sent meanwhile on another connection would come before them
                sink.finish();
            } catch (RuntimeException ignored) {
                // the sink itself failed: nothing more will be answered on it
            }
            sent = sink.acknowledgedEntries();
            try {
                sink.close();
            } catch (RuntimeException ignored) {
                // the failure below is what matters
            }
        }
        TransactionFailedException failure = new TransactionFailedException(phase, map, version, sent,
                detail == null ? String.valueOf(cause) : detail, cause);
        if (options.clearOnFailure()) {
            try {
                maps.clear(map, version);
                long left = maps.checksum(map, version).entries();
                if (left > 0) {
                    // 3.4.7 clears a version only when no lower one holds entries: these go at the next commit
                    failure.addSuppressed(new IllegalStateException("clear map @" + version + " left " + left
                            + " entries in place (HAProxy clears no version above one that holds entries)"));
                }
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        return failure;
    }

    /** Abandons the transaction if it was not committed: nothing is committed. */
    @Override
    public void close() {
        if (state == State.OPEN) {
            fail(Phase.UPLOAD, "closed without commit", null);
        }
    }
}
