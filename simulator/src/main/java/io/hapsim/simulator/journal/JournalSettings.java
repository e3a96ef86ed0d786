package io.hapsim.simulator.journal;

/**
 * How much a simulator's {@link Journal} keeps: at most {@code entries} commands (and as many connections), and
 * about {@code bytes} bytes of them, the oldest dropped first and counted ({@link Journal#dropped()}). By default a
 * command keeps its words, the size of its payload and the first {@value #ANSWER_PREVIEW} characters of its answer;
 * {@code verbatim} keeps payloads, whole answers and every byte received and sent (those bytes in at most half the
 * budget, the oldest dropped first), so that a session can be replayed. A
 * long-running simulator nobody reads the journal of keeps it {@link #off()}.
 *
 * @param entries  how many commands, and how many connections, at most (0: none)
 * @param bytes    how many bytes at most, words, payloads, answers and received bytes counted
 * @param verbatim whether payload bodies, whole answers and the bytes received and sent are kept
 */
public record JournalSettings(int entries, long bytes, boolean verbatim) {

    /** The characters of an answer kept when not {@link #verbatim()}: enough for any error message. */
    public static final int ANSWER_PREVIEW = 1024;

    public JournalSettings {
        if (entries < 0 || bytes < 0) {
            throw new IllegalArgumentException("journal limits must not be negative: " + entries + ", " + bytes);
        }
    }

    /** 10,000 commands or 8 MiB, payloads as line counts and sizes only. */
    public static JournalSettings defaults() {
        return new JournalSettings(10_000, 8L << 20, false);
    }

    /** Nothing kept (the count of commands run still grows). */
    public static JournalSettings off() {
        return new JournalSettings(0, 0, false);
    }

    /** These limits, keeping everything: payloads, whole answers, received bytes. */
    public JournalSettings keepingEverything() {
        return new JournalSettings(entries, bytes, true);
    }

    /** The characters kept of each answer. */
    int answerLimit() {
        return verbatim ? Integer.MAX_VALUE : ANSWER_PREVIEW;
    }
}
