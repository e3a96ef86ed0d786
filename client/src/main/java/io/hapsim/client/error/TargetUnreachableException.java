package io.hapsim.client.error;

/** A master socket knows the process routed to but could not reach its CLI (the process is leaving, or stuck). */
public class TargetUnreachableException extends CommandFailedException {
    private static final long serialVersionUID = 1L;

    public TargetUnreachableException(ErrorKind kind, String command, String answer) {
        super(kind, command, answer);
    }
}
