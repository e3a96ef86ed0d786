package io.hapsim.simulator.journal;

import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.session.ConnectionObserver;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Every connection a simulator accepted and every command it took, within its {@link JournalSettings}: written by
 * the event loop, read by tests (queries return snapshots). Its memory stays bounded however long the simulator
 * runs: past its limits it drops the oldest entries and counts them.
 */
public final class Journal {

    private final JournalSettings settings;
    private final ArrayDeque<CommandEntry> commands = new ArrayDeque<>();
    private final ArrayDeque<ConnectionEntry> connections = new ArrayDeque<>();
    private long bytes;
    /** The part of {@link #bytes} that verbatim reads and writes take. */
    private long chunkBytes;
    private long dropped;
    private long lastSequence;
    /** The sequence of the last command {@link #take taken}. */
    private long taken;

    /** What a journal that keeps nothing does with a connection: counts its commands as dropped. */
    private final ConnectionObserver countingOnly = new ConnectionObserver() {
        @Override
        public void commandTaken(List<String> args, String payload, AccessLevel level) {
            synchronized (Journal.this) {
                dropped++;
            }
        }
    };

    public Journal(JournalSettings settings) {
        this.settings = settings;
    }

    public JournalSettings settings() {
        return settings;
    }

    /** Starts recording a connection just accepted. */
    public synchronized ConnectionObserver open(long id, String socket, AccessLevel level) {
        if (settings.entries() == 0) {
            return countingOnly; // a bulk load through a journal that keeps nothing costs nothing more
        }
        ConnectionEntry connection = new ConnectionEntry(id, socket, level);
        connections.addLast(connection);
        grew(connection.size());
        return new ConnectionRecorder(this, connection, settings);
    }

    /** Keeps a command just taken, giving it the next sequence; the caller holds the journal's lock. */
    void add(CommandEntry command) {
        command.sequence = ++lastSequence;
        commands.addLast(command);
        grew(command.size());
        notifyAll();
    }

    /**
     * A connection kept a chunk of {@code size} bytes (with its overhead): verbatim bytes may take half the budget,
     * the oldest dropped first, so that one long bulk load cannot push every command out of the journal.
     */
    void keptChunk(long size) {
        chunkBytes += size;
        for (ConnectionEntry connection : connections) {
            trim(connection, connection.reads);
            trim(connection, connection.writes);
        }
        grew(size);
    }

    /** An entry kept grew (or was added) by {@code size} bytes: drop the oldest until within limits. */
    void grew(long size) {
        bytes += size;
        while (commands.size() > settings.entries()
                || bytes > settings.bytes() && !commands.isEmpty()) {
            CommandEntry oldest = commands.removeFirst();
            oldest.dropped = true;
            bytes -= oldest.size();
            dropped++;
        }
        while (connections.size() > settings.entries()
                || bytes > settings.bytes() && connections.size() > 1) {
            ConnectionEntry oldest = connections.removeFirst();
            oldest.dropped = true;
            bytes -= oldest.size();
            chunkBytes -= oldest.chunkBytesKept + (long) Chunk.OVERHEAD * (oldest.reads.size() + oldest.writes.size());
        }
    }

    private void trim(ConnectionEntry connection, ArrayDeque<Chunk> chunks) {
        while (chunkBytes > settings.bytes() / 2 && !chunks.isEmpty()) {
            Chunk oldest = chunks.removeFirst();
            long size = oldest.bytes().length() + (long) Chunk.OVERHEAD;
            connection.chunkBytesKept -= oldest.bytes().length();
            connection.chunkBytesDropped += oldest.bytes().length();
            bytes -= size;
            chunkBytes -= size;
        }
    }

    /** The commands kept, oldest first. */
    public synchronized List<RecordedCommand> commands() {
        return snapshot(command -> true);
    }

    /** The commands kept taken after the one of sequence {@code sequence}. */
    public synchronized List<RecordedCommand> commandsSince(long sequence) {
        return snapshot(command -> command.sequence > sequence);
    }

    /**
     * The commands kept taken after the one of sequence {@code sequence}, waiting up to {@code timeout} for one to
     * come when there is none yet (a long poll); empty if none came.
     */
    public synchronized List<RecordedCommand> commandsSince(long sequence, Duration timeout)
            throws InterruptedException {
        // the sequence tells whether a newer command came, without copying the commands kept at every wake-up
        return await(() -> lastSequence > sequence ? Optional.of(commandsSince(sequence)) : Optional.empty(), timeout)
                .orElse(List.of());
    }

    /** The commands kept of one connection. */
    public synchronized List<RecordedCommand> commandsOf(long connection) {
        return snapshot(command -> command.connection.id == connection);
    }

    private List<RecordedCommand> snapshot(Predicate<CommandEntry> filter) {
        List<RecordedCommand> result = new ArrayList<>();
        for (CommandEntry command : commands) {
            if (filter.test(command)) {
                result.add(command.snapshot());
            }
        }
        return result;
    }

    /** The connections kept, in accept order. */
    public synchronized List<RecordedConnection> connections() {
        List<RecordedConnection> result = new ArrayList<>(connections.size());
        connections.forEach(connection -> result.add(connection.snapshot()));
        return result;
    }

    public synchronized Optional<RecordedConnection> connection(long id) {
        return connections.stream().filter(c -> c.id == id).findFirst().map(ConnectionEntry::snapshot);
    }

    /**
     * The first command kept that matches, waiting up to {@code timeout} for one to come; empty if none did. A
     * command counts as soon as it is taken from the input, answered or not.
     */
    public Optional<RecordedCommand> awaitCommand(Predicate<RecordedCommand> matcher, Duration timeout)
            throws InterruptedException {
        return await(() -> commands().stream().filter(matcher).findFirst(), timeout);
    }

    /** The first connection kept that matches (its end included: {@code c -> !c.isOpen()}), waiting as above. */
    public Optional<RecordedConnection> awaitConnection(Predicate<RecordedConnection> matcher, Duration timeout)
            throws InterruptedException {
        return await(() -> connections().stream().filter(matcher).findFirst(), timeout);
    }

    private interface Lookup<T> {
        Optional<T> find();
    }

    private synchronized <T> Optional<T> await(Lookup<T> lookup, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> found = lookup.find();
            long left = deadline - System.nanoTime();
            if (found.isPresent() || left <= 0) {
                return found;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** The oldest command kept and not taken yet, waiting up to {@code timeout}; null if none came. */
    public synchronized RecordedCommand take(Duration timeout) throws InterruptedException {
        return await(this::takeNext, timeout).orElse(null);
    }

    private Optional<RecordedCommand> takeNext() {
        for (CommandEntry command : commands) {
            if (command.sequence > taken) {
                taken = command.sequence;
                return Optional.of(command.snapshot());
            }
        }
        return Optional.empty();
    }

    /** How many commands are kept and not taken yet. */
    public synchronized int untaken() {
        int count = 0;
        for (Iterator<CommandEntry> it = commands.descendingIterator(); it.hasNext(); ) {
            if (it.next().sequence <= taken) {
                break;
            }
            count++;
        }
        return count;
    }

    /** How many commands were dropped, the oldest first, to stay within the limits. */
    public synchronized long dropped() {
        return dropped;
    }

    /** Forgets every entry kept (connections still open go on being counted, not listed). */
    public synchronized void clear() {
        commands.forEach(command -> command.dropped = true);
        connections.forEach(connection -> connection.dropped = true);
        commands.clear();
        connections.clear();
        bytes = 0;
        chunkBytes = 0;
        taken = lastSequence;
    }
}
