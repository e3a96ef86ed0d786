package io.hapsim.simulator.version;

/** A variable HAProxy sets in its own environment at start-up, named {@code HAPROXY_} and the constant's name. */
public enum ProcessVariable {
    STARTUP_VERSION,
    KEYLOG_FC_LOG_FMT,
    KEYLOG_BC_LOG_FMT,
    BRANCH,
    LOCALPEER,
    STARTUPLOGS_FD,
    CFGFILES,
    CLI;

    public String variableName() {
        return "HAPROXY_" + name();
    }
}
