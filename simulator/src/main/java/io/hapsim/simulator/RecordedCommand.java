package io.hapsim.simulator;

import java.util.List;

/**
 * A command the simulator ran, as its words and payload were understood: what tests inspect to see exactly what a
 * client sent (like MockWebServer's recorded requests).
 *
 * @param args         the words
 * @param payload      the payload's text, when the journal keeps payloads ({@link JournalSettings#payloads()});
 *                     otherwise {@code null}
 * @param payloadLines the payload's line count (0: none)
 * @param payloadBytes the payload's size in bytes (0: none)
 */
public record RecordedCommand(List<String> args, String payload, int payloadLines, int payloadBytes) {

    /** What one kept command costs the journal's byte budget besides its words and payload. */
    private static final int OVERHEAD = 64;

    public RecordedCommand {
        args = List.copyOf(args);
    }

    static RecordedCommand of(List<String> args, String payload, boolean keepPayload) {
        if (payload == null) {
            return new RecordedCommand(args, null, 0, 0);
        }
        int lines = payload.isEmpty() ? 0 : 1;
        for (int i = payload.indexOf('\n'); i >= 0; i = payload.indexOf('\n', i + 1)) {
            lines++;
        }
        return new RecordedCommand(args, keepPayload ? payload : null, lines, payload.length());
    }

    /** The words joined by single spaces. */
    public String line() {
        return String.join(" ", args);
    }

    /** What this command counts for in the journal's byte budget. */
    long size() {
        long size = OVERHEAD + (payload == null ? 0 : payload.length());
        for (String arg : args) {
            size += arg.length() + 16;
        }
        return size;
    }
}
