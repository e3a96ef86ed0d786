package io.hapsim.simulator.fault;

import java.time.Duration;
import java.util.List;

/**
 * A trigger being given its fault: optionally when it acts ({@link #beforeCommand()}, {@link #beforeAnswer()},
 * {@link #afterAnswer()}), how many times ({@link #times}), and the seed of its random draws; then the fault,
 * which arms the rule.
 */
public final class FaultSelector {

    private final Faults faults;
    private final FaultTrigger trigger;
    private FaultPhase phase;
    private int times = -1;
    private long seed;

    FaultSelector(Faults faults, FaultTrigger trigger, FaultPhase phase) {
        this.faults = faults;
        this.trigger = trigger;
        this.phase = phase;
    }

    /** Acts before the command runs: it changes nothing. */
    public FaultSelector beforeCommand() {
        return at(FaultPhase.BEFORE_COMMAND);
    }

    /** Acts once the command ran, before its answer goes out (the default for commands). */
    public FaultSelector beforeAnswer() {
        return at(FaultPhase.BEFORE_ANSWER);
    }

    /** Acts once the answer went out. */
    public FaultSelector afterAnswer() {
        return at(FaultPhase.AFTER_ANSWER);
    }

    private FaultSelector at(FaultPhase wanted) {
        if (!phase.onCommand()) {
            throw new IllegalStateException("a " + trigger + " trigger acts " + phase + " only");
        }
        this.phase = wanted;
        return this;
    }

    /** Acts on the next {@code n} events only (by default, on every one). */
    public FaultSelector times(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("times must be at least 1: " + n);
        }
        this.times = n;
        return this;
    }

    public FaultSelector once() {
        return times(1);
    }

    /** The seed of the rule's draws (delay ranges, chaos); each connection draws from its own sequence. */
    public FaultSelector seed(long seed) {
        this.seed = seed;
        return this;
    }

    public FaultRule close() {
        return apply(Fault.close());
    }

    public FaultRule reset() {
        return apply(Fault.reset());
    }

    public FaultRule stall(Duration duration) {
        return apply(Fault.stall(duration));
    }

    public FaultRule stallForever() {
        return apply(Fault.stallForever());
    }

    public FaultRule delay(Duration duration) {
        return apply(Fault.delay(duration));
    }

    public FaultRule delay(Duration min, Duration max) {
        return apply(Fault.delay(min, max));
    }

    public FaultRule drip(int bytes, Duration period) {
        return apply(Fault.drip(bytes, period));
    }

    public FaultRule answer(String text) {
        return apply(Fault.answer(text));
    }

    public FaultRule dropTerminator() {
        return apply(Fault.dropTerminator());
    }

    public FaultRule stopReading() {
        return apply(Fault.stopReading());
    }

    public FaultRule apply(Fault fault) {
        return chaos(Chance.of(1, fault));
    }

    /**
     * Picks at each event one of these faults with its probability (or none, with what the probabilities leave),
     * drawing from the seed: the same seed and traffic give the same faults.
     */
    public FaultRule chaos(Chance... chances) {
        double total = 0;
        for (Chance chance : chances) {
            total += chance.probability();
        }
        if (chances.length == 0 || total > 1 + 1e-9) {
            throw new IllegalArgumentException("chaos needs faults whose probabilities add up to at most 1");
        }
        return faults.arm(trigger, phase, List.of(chances), seed, times);
    }
}
