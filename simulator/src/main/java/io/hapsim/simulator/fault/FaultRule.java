package io.hapsim.simulator.fault;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fault armed on a simulator: which connections it may act on, what triggers it, when it acts, and how many more
 * times. {@link #remove()} disarms it; a rule whose count runs out removes itself.
 */
public final class FaultRule {

    /** The connection id of a rule not bound to one yet ({@link Faults#onNextConnection()}). */
    static final long NEXT_CONNECTION = -1;
    static final long ANY_CONNECTION = 0;

    private final int id;
    private final Faults owner;
    private final String socket;
    private final AtomicLong connection;
    private final FaultTrigger trigger;
    private final FaultPhase phase;
    private final List<Chance> chances;
    private final long seed;
    private final AtomicInteger remaining;
    private final AtomicInteger applied = new AtomicInteger();

    FaultRule(int id, Faults owner, String socket, long connection, FaultTrigger trigger, FaultPhase phase,
            List<Chance> chances, long seed, int times) {
        this.id = id;
        this.owner = owner;
        this.socket = socket;
        this.connection = new AtomicLong(connection);
        this.trigger = trigger;
        this.phase = phase;
        this.chances = List.copyOf(chances);
        this.seed = seed;
        this.remaining = new AtomicInteger(times);
        for (Chance chance : chances) {
            if (chance.fault().phaseFor(phase) == null) {
                throw new IllegalArgumentException(chance.fault().describe() + " cannot act " + phase
                        + (phase == FaultPhase.IN_PAYLOAD ? " (there: close, reset, stall forever, stop reading)"
                        : phase == FaultPhase.ACCEPT ? " (shape answers with a command trigger)" : ""));
            }
        }
    }

    public int id() {
        return id;
    }

    /** How many times it acted. */
    public int applied() {
        return applied.get();
    }

    /** Disarms it; connections it already acted on stay as they are. */
    public void remove() {
        owner.remove(this);
    }

    /** Whether it may act on this connection; a rule waiting for the next connection takes this one. */
    boolean covers(String connectionSocket, long connectionId) {
        if (socket != null && !socket.equals(connectionSocket)) {
            return false;
        }
        long bound = connection.get();
        return bound == ANY_CONNECTION || bound == connectionId
                || bound == NEXT_CONNECTION && connection.compareAndSet(NEXT_CONNECTION, connectionId);
    }

    FaultTrigger trigger() {
        return trigger;
    }

    FaultPhase phase() {
        return phase;
    }

    /** Each connection draws from its own sequence, so that a seed gives the same faults whatever the timing. */
    SplittableRandom randomFor(long connectionId) {
        return new SplittableRandom(seed ^ connectionId * 0x9E3779B97F4A7C15L);
    }

    /** The fault this event gets (null: the chaos draw picked none); counts the event against the rule's times. */
    Fault draw(SplittableRandom random) {
        Fault picked = pick(random);
        if (picked == null) {
            return null;
        }
        int left = remaining.getAndUpdate(n -> n > 0 ? n - 1 : n);
        if (left == 0) {
            return null;
        }
        if (left == 1) {
            remove();
        }
        applied.incrementAndGet();
        return picked;
    }

    private Fault pick(SplittableRandom random) {
        if (chances.size() == 1 && chances.get(0).probability() == 1) {
            return chances.get(0).fault();
        }
        double draw = random.nextDouble();
        for (Chance chance : chances) {
            draw -= chance.probability();
            if (draw < 0) {
                return chance.fault();
            }
        }
        return null;
    }

    /** What it does, for listings: its scope, trigger, phase, fault(s) and what is left of its times. */
    public String description() {
        StringBuilder text = new StringBuilder();
        if (socket != null) {
            text.append("socket ").append(socket).append(", ");
        }
        long bound = connection.get();
        if (bound == NEXT_CONNECTION) {
            text.append("next connection, ");
        } else if (bound != ANY_CONNECTION) {
            text.append("connection ").append(bound).append(", ");
        }
        text.append(trigger).append(' ').append(phase).append(": ");
        if (chances.size() == 1 && chances.get(0).probability() == 1) {
            text.append(chances.get(0).fault().describe());
        } else {
            for (int i = 0; i < chances.size(); i++) {
                text.append(i > 0 ? "; " : "").append(chances.get(i).probability()).append(' ')
                        .append(chances.get(i).fault().describe());
            }
        }
        int left = remaining.get();
        return left < 0 ? text.toString() : text.append(" (").append(left).append(" more)").toString();
    }

    @Override
    public String toString() {
        return "rule " + id + ": " + trigger;
    }
}
