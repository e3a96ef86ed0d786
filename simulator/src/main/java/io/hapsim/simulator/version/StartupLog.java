package io.hapsim.simulator.version;

/** What a version keeps of what it logs while it starts ({@code show startup-logs}), and what it adds to it. */
public enum StartupLog {
    /** Kept from the first message on; with none, {@code show startup-logs} answers an empty line (2.x). */
    FROM_FIRST_MESSAGE(false, false),
    /** Always kept; the first warning or alert comes after the version and the executable's path (3.0+). */
    ANNOUNCED(true, false),
    /** As {@link #ANNOUNCED}, after a notice of the maxconn computed when none is configured (3.3+). */
    ANNOUNCED_WITH_MAXCONN(true, true);

    private final boolean announcesVersion;
    private final boolean noticesMaxconn;

    StartupLog(boolean announcesVersion, boolean noticesMaxconn) {
        this.announcesVersion = announcesVersion;
        this.noticesMaxconn = noticesMaxconn;
    }

    public boolean announcesVersion() {
        return announcesVersion;
    }

    public boolean noticesMaxconn() {
        return noticesMaxconn;
    }
}
