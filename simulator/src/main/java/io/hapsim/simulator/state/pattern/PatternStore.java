package io.hapsim.simulator.state.pattern;

/** The maps and ACLs of the simulated process (placeholder until the pattern store lands). */
public final class PatternStore {
}
