package io.hapsim.simulator.session;

import io.hapsim.simulator.fault.ConnectionFaults;
import java.util.function.Consumer;

/**
 * What a connection's session answers to besides its commands: who watches it (the journal), the faults it meets,
 * how a 2.x non-interactive connection ends, and who hears of an error no session can go on after.
 */
public record ConnectionHooks(ConnectionObserver observer, ConnectionFaults faults,
        NonInteractiveClose nonInteractiveClose, Consumer<Throwable> fatalErrors) {

    /** Nobody watching, no faults. */
    public static ConnectionHooks plain(NonInteractiveClose nonInteractiveClose) {
        return new ConnectionHooks(ConnectionObserver.NONE, ConnectionFaults.NONE, nonInteractiveClose, error -> {
        });
    }
}
