package io.hapsim.simulator.state.events;

import java.util.Optional;

/**
 * The syslog severities: of CLI messages (their optional prefix, {@code set severity-output}) and of log messages
 * (a ring's {@code <level>} head, a log line's level filter).
 */
public enum Severity {
    EMERG(0, "emerg"),
    ALERT(1, "alert"),
    CRIT(2, "crit"),
    ERR(3, "err"),
    WARNING(4, "warning"),
    NOTICE(5, "notice"),
    INFO(6, "info"),
    DEBUG(7, "debug");

    private final int number;
    private final String label;

    Severity(int number, String label) {
        this.number = number;
        this.label = label;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    /** The severity a configuration names ({@code notice}, {@code err} ...). */
    public static Optional<Severity> named(String word) {
        for (Severity severity : values()) {
            if (severity.label.equals(word)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }

    /** Whether this severity is milder than {@code other} (a higher number). */
    boolean milderThan(Severity other) {
        return number > other.number;
    }
}
