package io.hapsim.simulator.journal;

import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.session.ConnectionEnd;
import io.hapsim.simulator.session.ConnectionObserver;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;

/** Writes what one connection does into the journal (entries dropped meanwhile are updated, not counted). */
final class ConnectionRecorder implements ConnectionObserver {

    private final Journal journal;
    private final ConnectionEntry connection;
    private final JournalSettings settings;
    private CommandEntry last;

    ConnectionRecorder(Journal journal, ConnectionEntry connection, JournalSettings settings) {
        this.journal = journal;
        this.connection = connection;
        this.settings = settings;
    }

    @Override
    public int answerLimit() {
        return settings.answerLimit();
    }

    @Override
    public void received(ByteBuf data) {
        synchronized (journal) {
            connection.bytesReceived += data.readableBytes();
            keep(connection.reads, data);
            journal.notifyAll(); // for a test awaiting what a connection has read
        }
    }

    @Override
    public void sent(ByteBuf output) {
        synchronized (journal) {
            connection.bytesSent += output.readableBytes();
            keep(connection.writes, output);
            journal.notifyAll();
        }
    }

    /** Keeps the bytes as one chunk, in a verbatim journal; the caller holds the journal's lock. */
    private void keep(ArrayDeque<Chunk> chunks, ByteBuf bytes) {
        if (settings.verbatim() && !connection.dropped) {
            chunks.add(new Chunk(sinceOpened(), bytes.toString(bytes.readerIndex(), bytes.readableBytes(),
                    StandardCharsets.ISO_8859_1)));
            connection.chunkBytesKept += bytes.readableBytes();
            journal.keptChunk(bytes.readableBytes() + (long) Chunk.OVERHEAD);
        }
    }

    private Duration sinceOpened() {
        return Duration.ofNanos(System.nanoTime() - connection.openedNanos);
    }

    @Override
    public void serverEnding() {
        synchronized (journal) {
            if (connection.serverEndedAt == null) {
                connection.serverEndedAt = sinceOpened();
                journal.notifyAll();
            }
        }
    }

    @Override
    public void inputClosed() {
        synchronized (journal) {
            if (connection.inputClosedAt == null) {
                connection.inputClosedAt = sinceOpened();
                journal.notifyAll();
            }
        }
    }

    @Override
    public void commandTaken(List<String> args, String payload, AccessLevel level) {
        synchronized (journal) {
            connection.commands++;
            last = new CommandEntry(connection, connection.commands, level, args, payload, settings.verbatim());
            journal.add(last);
        }
    }

    @Override
    public void answered(CharSequence answer, long bytes) {
        synchronized (journal) {
            long before = last.size();
            last.answer = answer.toString();
            last.answerBytes = bytes;
            last.took = Duration.ofNanos(System.nanoTime() - last.receivedNanos);
            grewIfKept(last.dropped, last.size() - before);
            journal.notifyAll();
        }
    }

    @Override
    public void faultApplied(String description) {
        synchronized (journal) {
            if (last != null) {
                last.faults.add(description);
                grewIfKept(last.dropped, description.length() + 16L);
            } else {
                connection.faults.add(description);
                grewIfKept(connection.dropped, description.length() + 16L);
            }
            journal.notifyAll();
        }
    }


    @Override
    public void ended(ConnectionEnd how) {
        synchronized (journal) {
            if (connection.end == ConnectionEnd.OPEN) {
                connection.end = how;
                connection.closedAt = Instant.now();
                journal.notifyAll();
            }
        }
    }

    private void grewIfKept(boolean dropped, long size) {
        if (!dropped) {
            journal.grew(size);
        }
    }
}
