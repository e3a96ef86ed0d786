package io.hapsim.simulator.state.proxy;

/**
 * The outcome of a server's latest health or agent check. hapsim runs no checks: a configured check is reported
 * as passed, with the status its kind yields. The codes are HAProxy's, as "show servers state" prints them.
 */
public enum CheckStatus {
    INI(1, "INI", "Initializing", false),
    L4OK(6, "L4OK", "Layer4 check passed", false),
    L6OK(9, "L6OK", "Layer6 check passed", false),
    L7OK(15, "L7OK", "Layer7 check passed", true);

    private final int code;
    private final String label;
    private final String description;
    private final boolean carriesResponseCode;

    CheckStatus(int code, String label, String description, boolean carriesResponseCode) {
        this.code = code;
        this.label = label;
        this.description = description;
        this.carriesResponseCode = carriesResponseCode;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Layer 5-7 statuses report the response code (HTTP status, agent code) in show stat. */
    public boolean carriesResponseCode() {
        return carriesResponseCode;
    }

    /** INI means no check has completed: show stat then prints no duration. */
    public boolean completed() {
        return this != INI;
    }
}
