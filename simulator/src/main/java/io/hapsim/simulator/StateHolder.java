package io.hapsim.simulator;

import io.hapsim.simulator.state.RuntimeState;
import java.io.IOException;

/**
 * The state a simulator's new sessions get, and how to build it afresh from the settings the simulator started
 * with: {@link Simulator#reset()} swaps one for the other.
 */
final class StateHolder {

    /** Builds a state from the configuration, its map files and the builder's settings. */
    @FunctionalInterface
    interface Source {
        RuntimeState build() throws IOException;
    }

    private final Source source;
    private volatile RuntimeState current;

    StateHolder(Source source) throws IOException {
        this.source = source;
        this.current = source.build();
    }

    RuntimeState current() {
        return current;
    }

    /** A new state as the simulator started with, not in use yet. */
    RuntimeState fresh() throws IOException {
        return source.build();
    }

    /** From now on, new sessions get {@code state}. */
    void use(RuntimeState state) {
        this.current = state;
    }
}
