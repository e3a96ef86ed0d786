package io.hapsim.simulator.journal;

import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.session.ConnectionEnd;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** A connection as the journal keeps it while it is open; guarded by the journal's lock. */
final class ConnectionEntry {

    private static final int OVERHEAD = 128;

    final long id;
    final String socket;
    final AccessLevel level;
    final Instant openedAt = Instant.now();
    final long openedNanos = System.nanoTime();
    Instant closedAt;
    ConnectionEnd end = ConnectionEnd.OPEN;
    final ArrayDeque<Chunk> reads = new ArrayDeque<>(0);
    final ArrayDeque<Chunk> writes = new ArrayDeque<>(0);
    /** The bytes of reads and writes kept. */
    long chunkBytesKept;
    long chunkBytesDropped;
    Duration inputClosedAt;
    Duration serverEndedAt;
    long bytesReceived;
    long bytesSent;
    int commands;
    final List<String> faults = new ArrayList<>(0);
    boolean dropped;

    ConnectionEntry(long id, String socket, AccessLevel level) {
        this.id = id;
        this.socket = socket;
        this.level = level;
    }

    long size() {
        long size = OVERHEAD + socket.length() + chunkBytesKept + Chunk.OVERHEAD * (reads.size() + writes.size());
        for (String fault : faults) {
            size += fault.length() + 16;
        }
        return size;
    }

    RecordedConnection snapshot() {
        return new RecordedConnection(id, socket, level, openedAt, closedAt, end, List.copyOf(reads),
                List.copyOf(writes), chunkBytesDropped, inputClosedAt, serverEndedAt, bytesReceived, bytesSent, commands, faults);
    }
}
