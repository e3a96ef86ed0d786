package io.hapsim.benchmarks.target;

import java.util.Locale;

/** What answers the benchmark's commands. */
public enum TargetKind {
    /** The simulator, started in the benchmark's own JVM. */
    SIM("sim"),
    /** The simulator in a separate JVM ({@code hapsim serve} on the benchmark's class path, 4 GB, parallel GC). */
    SIM_FORK("sim-fork"),
    /** The standalone jar as a user runs it without the launcher: {@code java -jar ...-standalone.jar serve}. */
    SIM_JAR("sim-jar"),
    /** {@code ./hapsim serve}: the launcher's JDK, JVM options and class-data cache. */
    SIM_LAUNCHER("sim-launcher"),
    /** Real HAProxy installed by scripts/install-real-haproxy, run by scripts/real-haproxy. */
    REAL("real");

    private final String label;

    TargetKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this is the simulator (in this JVM or its own). */
    public boolean simulated() {
        return this != REAL;
    }

    public static TargetKind parse(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        for (TargetKind k : values()) {
            if (k.label.equals(t) || k.name().equalsIgnoreCase(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown target '" + s + "' (sim, sim-fork, sim-jar, sim-launcher, real)");
    }
}
