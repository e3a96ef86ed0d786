package io.hapsim.simulator.state.pattern;

/** A configuration HAProxy would refuse to start with, as far as maps and ACLs are concerned. */
public final class PatternConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public PatternConfigException(String message) {
        super(message);
    }
}
