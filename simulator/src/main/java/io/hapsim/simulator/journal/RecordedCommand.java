package io.hapsim.simulator.journal;

import io.hapsim.simulator.session.AccessLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A command a client sent, as the simulator understood it and answered it: what tests inspect to see exactly what
 * a client did (like MockWebServer's recorded requests). A snapshot: a command still running shows no answer yet.
 *
 * @param sequence     its place among every command the simulator took, from 1
 * @param connection   the id of its connection ({@link RecordedConnection#id()})
 * @param index        its place on its connection, from 1
 * @param socket       the stats socket it came in on ({@code unix:PATH} or {@code HOST:PORT})
 * @param level        the session's level when it was taken
 * @param args         the words
 * @param payload      the payload's text when the journal is {@link JournalSettings#verbatim() verbatim}, else null
 * @param payloadLines the payload's line count (0: none)
 * @param payloadBytes the payload's size in bytes (0: none)
 * @param answer       the answer with its terminator or prompt (cut to {@link JournalSettings#ANSWER_PREVIEW}
 *                     characters unless verbatim); null until answered
 * @param answerBytes  the answer's whole size (0 until answered)
 * @param receivedAt   when it was taken from the input
 * @param took         from then to the end of its answer; null until answered
 * @param faults       the faults applied to it, described
 */
public record RecordedCommand(long sequence, long connection, int index, String socket, AccessLevel level,
        List<String> args, String payload, int payloadLines, int payloadBytes, String answer, long answerBytes,
        Instant receivedAt, Duration took, List<String> faults) {

    public RecordedCommand {
        args = List.copyOf(args);
        faults = List.copyOf(faults);
    }

    /** The words joined by single spaces. */
    public String line() {
        return String.join(" ", args);
    }

    /** Whether its first words are these ({@code is("commit map")}), as a keyword is matched. */
    public boolean is(String words) {
        List<String> wanted = List.of(words.trim().split("\\s+"));
        return args.size() >= wanted.size() && args.subList(0, wanted.size()).equals(wanted);
    }

    /** Whether it came with a payload. */
    public boolean hasPayload() {
        return payloadLines > 0 || payloadBytes > 0;
    }

    /** Whether its whole answer went out (false: still running, or a fault or a close cut it). */
    public boolean answered() {
        return answer != null;
    }

    /** Whether the answer kept is all of it. */
    public boolean answerComplete() {
        return answer != null && answer.length() == answerBytes;
    }
}
