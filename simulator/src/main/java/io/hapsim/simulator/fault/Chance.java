package io.hapsim.simulator.fault;

import java.util.Objects;

/** One fault of a chaos mix and its probability per triggering event (see {@link FaultSelector#chaos}). */
public record Chance(double probability, Fault fault) {

    public Chance {
        Objects.requireNonNull(fault);
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("a probability is between 0 and 1: " + probability);
        }
    }

    public static Chance of(double probability, Fault fault) {
        return new Chance(probability, fault);
    }
}
