package io.hapsim.simulator.command;

/** Syslog severities used by the CLI's optional severity prefix ({@code set severity-output}). */
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
}
