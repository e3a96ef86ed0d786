package io.hapsim.simulator;

import io.hapsim.simulator.state.proxy.AdminState;
import io.hapsim.simulator.state.proxy.OpState;

/**
 * A server of a backend as it is now: its forced administrative state, its operational state, and its current
 * ({@code set server ... weight}) and configured weights.
 */
public record ServerSnapshot(String backend, String server, AdminState state, OpState operational, int weight,
        int initialWeight) {
}
