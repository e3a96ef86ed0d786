package io.hapsim.simulator.session;

import io.hapsim.simulator.state.CliStream;
import io.hapsim.simulator.state.MessageContext;
import java.time.Duration;
import java.util.Objects;

/** The per-connection state that commands may read and change (level, modes, timeout, output options). */
public final class SessionState {

    private AccessLevel level;
    private InteractionMode mode = InteractionMode.NON_INTERACTIVE;
    private boolean timedPrompt;
    private boolean expertMode;
    private boolean experimentalMode;
    private boolean masterDebugMode;
    private SeverityOutput severityOutput;
    private Duration idleTimeout;
    private boolean suppressTerminator;
    private final MessageContext messageContext = new MessageContext();
    private int listenerId = 1;
    private boolean fromMaster;
    private CliStream stream;

    public SessionState(AccessLevel level, SeverityOutput severityOutput, Duration idleTimeout) {
        this.level = Objects.requireNonNull(level);
        this.severityOutput = Objects.requireNonNull(severityOutput);
        this.idleTimeout = Objects.requireNonNull(idleTimeout);
    }

    /** The label this connection's commands log under (see {@link MessageContext}). */
    public MessageContext messageContext() {
        return messageContext;
    }

    public AccessLevel level() {
        return level;
    }

    /** Lowers the level; also leaves expert and experimental modes, as HAProxy does. */
    public void lowerLevel(AccessLevel newLevel) {
        this.level = newLevel;
        this.expertMode = false;
        this.experimentalMode = false;
    }

    public InteractionMode mode() {
        return mode;
    }

    public void mode(InteractionMode mode) {
        this.mode = Objects.requireNonNull(mode);
    }

    public boolean timedPrompt() {
        return timedPrompt;
    }

    public void timedPrompt(boolean timedPrompt) {
        this.timedPrompt = timedPrompt;
    }

    public boolean expertMode() {
        return expertMode;
    }

    public void expertMode(boolean on) {
        this.expertMode = on;
    }

    public boolean experimentalMode() {
        return experimentalMode;
    }

    public void experimentalMode(boolean on) {
        this.experimentalMode = on;
    }

    /** A master's {@code mcli-debug-mode}. */
    public boolean masterDebugMode() {
        return masterDebugMode;
    }

    public void masterDebugMode(boolean on) {
        this.masterDebugMode = on;
    }

    public SeverityOutput severityOutput() {
        return severityOutput;
    }

    public void severityOutput(SeverityOutput severityOutput) {
        this.severityOutput = Objects.requireNonNull(severityOutput);
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    public void idleTimeout(Duration idleTimeout) {
        this.idleTimeout = Objects.requireNonNull(idleTimeout);
    }

    /** The number of the stats socket it came through among the configuration's, from 1. */
    public int listenerId() {
        return listenerId;
    }

    public void listenerId(int listenerId) {
        this.listenerId = listenerId;
    }

    /** Whether the connection is a master's, on a worker's link to it ({@code proto=sockpair}). */
    public boolean fromMaster() {
        return fromMaster;
    }

    public void fromMaster(boolean value) {
        this.fromMaster = value;
    }

    /** Its connection as the process's stream (null until the connection is active). */
    public CliStream stream() {
        return stream;
    }

    void stream(CliStream stream) {
        this.stream = stream;
    }

    /** Set by a command ending in {@code -} ({@code user -}): no terminator after it in non-interactive mode. */
    public void suppressTerminator() {
        this.suppressTerminator = true;
    }

    /** Reads and clears the flag set by {@link #suppressTerminator()}. */
    boolean takeSuppressTerminator() {
        boolean value = suppressTerminator;
        suppressTerminator = false;
        return value;
    }
}
