package io.hapsim.simulator;

/**
 * How much a simulator keeps of the commands it ran ({@link Simulator#takeCommand}): at most {@code commands}
 * commands and about {@code bytes} bytes of them, the oldest dropped first (and counted: {@link
 * Simulator#droppedCommands}); payload bodies only with {@code payloads}, otherwise their line count and size.
 * A long-running simulator nobody reads the journal of keeps it {@link #off()}.
 *
 * @param commands how many commands at most (0: none)
 * @param bytes    how many bytes at most, words and kept payloads counted
 * @param payloads whether payload bodies are kept
 */
public record JournalSettings(int commands, long bytes, boolean payloads) {

    public JournalSettings {
        if (commands < 0 || bytes < 0) {
            throw new IllegalArgumentException("journal limits must not be negative: " + commands + ", " + bytes);
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

    /** These limits, with payload bodies kept. */
    public JournalSettings keepingPayloads() {
        return new JournalSettings(commands, bytes, true);
    }
}
