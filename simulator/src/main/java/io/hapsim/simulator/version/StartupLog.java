package io.hapsim.simulator.version;

/**
 * What a version keeps of what it logs while it starts ({@code show startup-logs}), and what it adds to it. Every
 * version logs its first start-up warning or alert after its version and its executable's path.
 */
public enum StartupLog {
    /** Kept from the first message on; with none, {@code show startup-logs} answers an empty line (2.x). */
    FROM_FIRST_MESSAGE(false),
    /** Always kept (3.0+). */
    ANNOUNCED(false),
    /** As {@link #ANNOUNCED}, after a notice of the maxconn computed when none is configured (3.3+). */
    ANNOUNCED_WITH_MAXCONN(true);

    private final boolean noticesMaxconn;

    StartupLog(boolean noticesMaxconn) {
        this.noticesMaxconn = noticesMaxconn;
    }

    public boolean noticesMaxconn() {
        return noticesMaxconn;
    }
}
