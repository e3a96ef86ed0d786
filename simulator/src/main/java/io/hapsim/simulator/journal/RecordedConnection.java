package io.hapsim.simulator.journal;

import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.session.ConnectionEnd;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A client connection as the simulator saw it. A snapshot: an open connection shows {@link ConnectionEnd#OPEN}.
 *
 * @param id            its id, from 1 in accept order
 * @param socket        the stats socket it came in on ({@code unix:PATH} or {@code HOST:PORT})
 * @param level         the level it started with
 * @param openedAt      when it was accepted
 * @param closedAt      when it ended; null while open
 * @param end           how it ended
 * @param reads         what came in, read by read, when the journal is verbatim; else empty
 * @param writes        what went out, write by write, when the journal is verbatim; else empty
 * @param chunksDropped the bytes of the oldest reads and writes dropped to keep within the journal's budget
 * @param inputClosedAt when the client shut its sending side (a half-close), from the accept; null if it did not
 * @param serverEndedAt when the simulator decided to end the connection, from the accept; null if it did not
 * @param bytesReceived every byte that came in
 * @param bytesSent     every byte that went out
 * @param commands      how many commands were taken from it
 * @param faults        the faults applied to the connection itself (not to one of its commands), described
 */
public record RecordedConnection(long id, String socket, AccessLevel level, Instant openedAt, Instant closedAt,
        ConnectionEnd end, List<Chunk> reads, List<Chunk> writes, long chunksDropped, Duration inputClosedAt, Duration serverEndedAt,
        long bytesReceived, long bytesSent, int commands,
        List<String> faults) {

    public RecordedConnection {
        reads = List.copyOf(reads);
        writes = List.copyOf(writes);
        faults = List.copyOf(faults);
    }

    public boolean isOpen() {
        return end == ConnectionEnd.OPEN;
    }

    /** What came in, the reads kept joined (latin-1); empty unless the journal is verbatim. */
    public String received() {
        return joined(reads);
    }

    /** What went out, the writes kept joined (latin-1); empty unless the journal is verbatim. */
    public String sent() {
        return joined(writes);
    }

    private static String joined(List<Chunk> chunks) {
        StringBuilder text = new StringBuilder();
        chunks.forEach(chunk -> text.append(chunk.bytes()));
        return text.toString();
    }
}
