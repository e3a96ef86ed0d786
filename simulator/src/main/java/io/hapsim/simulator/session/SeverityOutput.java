package io.hapsim.simulator.session;

/** The optional prefix of messages, chosen by {@code set severity-output} or the socket's {@code severity-output}. */
public enum SeverityOutput {
    NONE,
    NUMBER,
    STRING
}
