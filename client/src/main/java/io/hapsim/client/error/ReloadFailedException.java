package io.hapsim.client.error;

import java.util.List;

/**
 * A reload through the master did not start a new worker: the configuration (or a file it names, such as a map) no
 * longer loads. The workers that ran before keep running with their runtime state. From 3.0 the master tells why:
 * {@link #startupLog()} holds its start-up log with the alerts; before 3.0 it says nothing and the log is empty (the
 * reason is only in HAProxy's own log).
 */
public class ReloadFailedException extends HaproxyException {
    private static final long serialVersionUID = 1L;

    private final List<String> startupLog;

    public ReloadFailedException(String message, List<String> startupLog) {
        super(message);
        this.startupLog = List.copyOf(startupLog);
    }

    /** The master's start-up log lines of the failed load (3.0+), alerts included; empty before 3.0. */
    public List<String> startupLog() {
        return startupLog;
    }
}
