package io.hapsim.simulator.journal;

import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.session.ConnectionEnd;
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
    Instant closedAt;
    ConnectionEnd end = ConnectionEnd.OPEN;
    final ArrayDeque<String> reads = new ArrayDeque<>(0);
    long readBytesKept;
    long readBytesDropped;
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
        long size = OVERHEAD + socket.length() + readBytesKept + 16L * reads.size();
        for (String fault : faults) {
            size += fault.length() + 16;
        }
        return size;
    }

    RecordedConnection snapshot() {
        return new RecordedConnection(id, socket, level, openedAt, closedAt, end, List.copyOf(reads),
                readBytesDropped, bytesReceived, bytesSent, commands, faults);
    }
}
