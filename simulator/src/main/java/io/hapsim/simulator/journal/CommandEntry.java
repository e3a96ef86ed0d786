package io.hapsim.simulator.journal;

import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.session.PayloadLines;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A command as the journal keeps it while its answer may still come; guarded by the journal's lock. */
final class CommandEntry {

    /** What one kept command costs the journal's byte budget besides its words, payload and answer. */
    private static final int OVERHEAD = 96;

    long sequence;
    final ConnectionEntry connection;
    final int index;
    final AccessLevel level;
    final List<String> args;
    final String payload;
    final int payloadLines;
    final int payloadBytes;
    final Instant receivedAt = Instant.now();
    final long receivedNanos = System.nanoTime();
    String answer;
    long answerBytes;
    Duration took;
    final List<String> faults = new ArrayList<>(0);
    boolean dropped;

    CommandEntry(ConnectionEntry connection, int index, AccessLevel level, List<String> args, String payload,
            boolean keepPayload) {
        this.connection = connection;
        this.index = index;
        this.level = level;
        this.args = List.copyOf(args);
        this.payload = keepPayload ? payload : null;
        this.payloadLines = PayloadLines.count(payload);
        this.payloadBytes = payload == null ? 0 : payload.length();
    }

    long size() {
        long size = OVERHEAD + (payload == null ? 0 : payload.length()) + (answer == null ? 0 : answer.length());
        for (String arg : args) {
            size += arg.length() + 16;
        }
        for (String fault : faults) {
            size += fault.length() + 16;
        }
        return size;
    }

    RecordedCommand snapshot() {
        return new RecordedCommand(sequence, connection.id, index, connection.socket, level, args, payload,
                payloadLines, payloadBytes, answer, answerBytes, receivedAt, took, faults);
    }
}
