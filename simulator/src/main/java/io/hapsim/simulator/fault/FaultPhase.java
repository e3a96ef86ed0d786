package io.hapsim.simulator.fault;

/** When, in a connection's life, a fault acts. */
public enum FaultPhase {
    /** As the connection is accepted, before anything is read. */
    ACCEPT("at accept"),
    /** A command was taken from the input but has not run: it never changes anything. */
    BEFORE_COMMAND("before the command"),
    /** The command ran (its changes are made) but its answer has not gone out. */
    BEFORE_ANSWER("before the answer"),
    /** The answer went out, before the connection goes on (or closes, as the version does). */
    AFTER_ANSWER("after the answer"),
    /** Inside a payload, once it has a given number of lines: the command never runs. */
    IN_PAYLOAD("inside the payload");

    private final String words;

    FaultPhase(String words) {
        this.words = words;
    }

    boolean onCommand() {
        return this == BEFORE_COMMAND || this == BEFORE_ANSWER || this == AFTER_ANSWER;
    }

    @Override
    public String toString() {
        return words;
    }
}
