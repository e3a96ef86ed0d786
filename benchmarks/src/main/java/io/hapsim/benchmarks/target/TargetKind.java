package io.hapsim.benchmarks.target;

import java.util.Locale;

/** What answers the benchmark's commands. */
public enum TargetKind {
    /** The simulator, started in the benchmark's own JVM. */
    SIM("sim"),
    /** The simulator in a separate JVM ({@code SimulatorMain serve}), like the standalone jar. */
    SIM_FORK("sim-fork"),
    /** Real HAProxy installed by scripts/install-real-haproxy, run by scripts/real-haproxy. */
    REAL("real");

    private final String label;

    TargetKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static TargetKind parse(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        for (TargetKind k : values()) {
            if (k.label.equals(t) || k.name().equalsIgnoreCase(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown target '" + s + "' (sim, sim-fork, real)");
    }
}
