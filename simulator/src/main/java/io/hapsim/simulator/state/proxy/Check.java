package io.hapsim.simulator.state.proxy;

/**
 * A server's health check or agent check. Nothing is ever sent: a configured, running check is one that passed
 * (what scripts see on a healthy farm), so its health is full and its status the one its kind reports.
 */
public final class Check {

    private static final int CONFIGURED = 0x2;
    private static final int ENABLED = 0x4;
    private static final int PAUSED = 0x8;
    private static final int AGENT = 0x10;

    private final boolean agent;
    private final boolean configured;
    private final CheckStatus passStatus;
    private final int passCode;
    private final int rise;
    private final int fall;
    private boolean enabled;
    private boolean paused;
    private int health;
    private CheckStatus status = CheckStatus.INI;
    private int port;
    private String address;
    private String send;

    Check(boolean agent, boolean configured, CheckStatus passStatus, int passCode, int rise, int fall) {
        this.agent = agent;
        this.configured = configured;
        this.passStatus = passStatus;
        this.passCode = passCode;
        this.rise = rise;
        this.fall = fall;
        this.enabled = configured;
        this.health = rise;
    }

    /** Configured in the configuration file ("check", "agent-check"). */
    public boolean configured() {
        return configured;
    }

    /** Configured and not disabled from the CLI; it may still be paused by a maintenance. */
    public boolean enabled() {
        return enabled;
    }

    /** Enabled and not paused: the check's results are reported. */
    public boolean running() {
        return enabled && !paused;
    }

    public int rise() {
        return rise;
    }

    public int fall() {
        return fall;
    }

    public int health() {
        return health;
    }

    /** The health level of a server whose checks all pass. */
    public int fullHealth() {
        return rise + fall - 1;
    }

    public CheckStatus status() {
        return status;
    }

    /** The response code show stat reports (HTTP status, agent code), or -1 when the status carries none. */
    public int responseCode() {
        return status.carriesResponseCode() ? passCode : -1;
    }

    /** "show servers state" result: 3 (passed) once a check completed, 0 (unknown) before. */
    public int resultCode() {
        return status.completed() ? 3 : 0;
    }

    /**
     * "show servers state" check/agent state bits: configured, enabled, paused, agent. A check that is not
     * configured shows only the pause a "disabled" server line gave it.
     */
    public int stateBits() {
        if (!configured) {
            return paused ? PAUSED : 0;
        }
        return CONFIGURED | (enabled ? ENABLED : 0) | (paused ? PAUSED : 0) | (agent ? AGENT : 0);
    }

    public int port() {
        return port;
    }

    public String address() {
        return address;
    }

    void setPort(int port) {
        this.port = port;
    }

    void setAddress(String address) {
        this.address = address;
    }

    void setSend(String send) {
        this.send = send;
    }

    /** What an agent check sends, if set. */
    public String send() {
        return send;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Maintenance pauses a configured check and its end resumes it; a check not configured is left as it is. */
    void setPaused(boolean paused) {
        if (configured) {
            this.paused = paused;
        }
    }

    /** A "disabled" server line pauses the check even when none is configured (and nothing resumes that one). */
    void pauseFromConfiguration() {
        this.paused = true;
    }

    void setHealth(int health) {
        this.health = health;
    }

    /** A check ran and passed: full health, the kind's status. */
    void pass() {
        health = fullHealth();
        status = passStatus;
    }
}
