package io.hapsim.simulator.version;

/**
 * How a listening address of the configuration ({@code stats socket}, {@code bind}) is read; it changed in 2.9.
 */
public enum AddressSyntax {
    /** 2.4 to 2.8: a port is read like atoi (what follows its digits is ignored); some refusals end with a LF. */
    LENIENT_PORTS,
    /** 2.9+: a port is digits only, anything else is an "invalid character"; every refusal is one line. */
    STRICT_PORTS;

    /** Whether a port must be digits only. */
    public boolean strictPorts() {
        return this == STRICT_PORTS;
    }

    /** What ends a refusal that 2.8 and older wrote with a trailing line feed (empty from 2.9). */
    public String oldLineFeed() {
        return this == LENIENT_PORTS ? "\n" : "";
    }
}
