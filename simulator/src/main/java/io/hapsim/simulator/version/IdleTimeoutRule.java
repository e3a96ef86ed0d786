package io.hapsim.simulator.version;

/** When the {@code stats timeout} closes an idle connection. */
public enum IdleTimeoutRule {
    /** In every state. */
    ALWAYS,
    /** Except while a partial line is buffered (2.6). */
    UNLESS_PARTIAL_LINE,
    /** Not enforced (2.8.0 usually leaves an idle CLI connection open). */
    NEVER
}
