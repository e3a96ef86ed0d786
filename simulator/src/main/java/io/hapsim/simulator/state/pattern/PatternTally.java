package io.hapsim.simulator.state.pattern;

/**
 * How many map/ACL entries the process has stored and freed since it started, over every reference: at load, by
 * the CLI, and by purges ({@code show info}'s {@code PatternsAdded} and {@code PatternsFreed}, 3.3+). An entry a
 * parser then refuses counts as added and freed, as in HAProxy, which stores it before parsing it.
 */
public final class PatternTally {

    private long added;
    private long freed;

    void added() {
        added++;
    }

    void freed() {
        freed++;
    }

    public long addedCount() {
        return added;
    }

    public long freedCount() {
        return freed;
    }
}
