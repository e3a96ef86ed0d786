package io.hapsim.simulator.fault;

import java.time.Duration;
import java.util.Objects;

/**
 * What a fault does to a connection, as a value (like MockWebServer's socket effects and Toxiproxy's toxics). Where
 * it acts (at accept, before a command runs, before or after its answer, inside a payload) is its rule's
 * {@link FaultPhase}; faults that shape an answer act on the answer of the command that triggers them.
 */
public sealed interface Fault {

    /** A plain close (FIN) with nothing more sent: the client reads EOF, its next writes fail (EPIPE). */
    record Close() implements Fault {
    }

    /**
     * A reset: TCP RST (the client's read fails with ECONNRESET). A UNIX socket has no reset: it is closed, which
     * the client sees as a reset only if it sent bytes the simulator had not read.
     */
    record Reset() implements Fault {
    }

    /** Input is still read but nothing runs and nothing is answered, for {@code duration} or (null) forever. */
    record Stall(Duration duration) implements Fault {
        public boolean forever() {
            return duration == null;
        }
    }

    /** The answer waits a time between {@code min} and {@code max} (drawn from the rule's seed) before it goes out. */
    record Delay(Duration min, Duration max) implements Fault {
        public Delay {
            if (min.compareTo(max) > 0 || min.isNegative()) {
                throw new IllegalArgumentException("delay range must be 0 <= min <= max: " + min + ", " + max);
            }
        }
    }

    /** The answer goes out {@code bytes} bytes at a time, one piece every {@code period} (a slow network). */
    record Drip(int bytes, Duration period) implements Fault {
        public Drip {
            if (bytes <= 0 || period.isNegative()) {
                throw new IllegalArgumentException("drip needs bytes > 0 and a period >= 0");
            }
        }
    }

    /** The command does not run; this text is its answer (its terminator or prompt follows as usual). */
    record Answer(String text) implements Fault {
        public Answer {
            Objects.requireNonNull(text);
        }
    }

    /** The answer goes out without the line feed that ends it, so a client waiting for the empty line waits. */
    record DropTerminator() implements Fault {
    }

    /** Nothing more is read: the client's writes block once the socket buffers fill, and fail at the close. */
    record StopReading() implements Fault {
    }

    /** A bug of a real release, reproduced on any profile (see {@link VersionQuirk}). */
    record Quirk(VersionQuirk quirk) implements Fault {
        public Quirk {
            Objects.requireNonNull(quirk);
        }
    }

    static Fault close() {
        return new Close();
    }

    static Fault reset() {
        return new Reset();
    }

    static Fault stall(Duration duration) {
        return new Stall(Objects.requireNonNull(duration));
    }

    static Fault stallForever() {
        return new Stall(null);
    }

    static Fault delay(Duration duration) {
        return new Delay(duration, duration);
    }

    static Fault delay(Duration min, Duration max) {
        return new Delay(min, max);
    }

    static Fault drip(int bytes, Duration period) {
        return new Drip(bytes, period);
    }

    static Fault answer(String text) {
        return new Answer(text);
    }

    static Fault dropTerminator() {
        return new DropTerminator();
    }

    static Fault stopReading() {
        return new StopReading();
    }

    static Fault quirk(VersionQuirk quirk) {
        return new Quirk(quirk);
    }

    /** Where this fault acts when its rule is triggered at {@code selected}; null if it cannot act there. */
    default FaultPhase phaseFor(FaultPhase selected) {
        if (this instanceof Quirk) {
            return selected == FaultPhase.ACCEPT ? FaultPhase.ACCEPT : null;
        }
        if (this instanceof Answer) {
            return selected.onCommand() ? FaultPhase.BEFORE_COMMAND : null;
        }
        if (this instanceof Delay || this instanceof Drip || this instanceof DropTerminator) {
            return selected.onCommand() ? FaultPhase.BEFORE_ANSWER : null;
        }
        if (selected == FaultPhase.IN_PAYLOAD && this instanceof Stall stall && !stall.forever()) {
            return null; // a payload keeps growing past its trigger: only faults that end the exchange fit there
        }
        return selected;
    }

    /** A short description, for the journal. */
    default String describe() {
        if (this instanceof Stall stall) {
            return stall.forever() ? "stall forever" : "stall " + stall.duration().toMillis() + " ms";
        }
        if (this instanceof Delay delay) {
            return delay.min().equals(delay.max()) ? "delay " + delay.min().toMillis() + " ms"
                    : "delay " + delay.min().toMillis() + "-" + delay.max().toMillis() + " ms";
        }
        if (this instanceof Drip drip) {
            return "drip " + drip.bytes() + " bytes every " + drip.period().toMillis() + " ms";
        }
        if (this instanceof Answer answer) {
            return "answer '" + answer.text().strip() + "'";
        }
        if (this instanceof Quirk quirk) {
            return "quirk " + quirk.quirk().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
        if (this instanceof DropTerminator) {
            return "drop terminator";
        }
        if (this instanceof StopReading) {
            return "stop reading";
        }
        return this instanceof Reset ? "reset" : "close";
    }
}
