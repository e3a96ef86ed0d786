package io.hapsim.simulator.state.proxy;

/** Whether a frontend accepts connections: "disable frontend" pauses it, "shutdown frontend" stops it for good. */
public enum FrontendState {
    OPEN("OPEN"), PAUSED("PAUSED"), STOPPED("STOP");

    private final String status;

    FrontendState(String status) {
        this.status = status;
    }

    /** The show stat status column. */
    public String status() {
        return status;
    }
}
