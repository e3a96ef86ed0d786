package io.hapsim.simulator.session;

import java.util.List;

/** Observes the commands a session runs (the simulator records them for tests to inspect), and its fatal errors. */
@FunctionalInterface
public interface SessionListener {

    SessionListener NONE = (args, payload) -> {
    };

    void commandRan(List<String> args, String payload);

    /** An error no session can go on after (out of memory): the simulator cannot serve any more. */
    default void fatalError(Throwable error) {
    }
}
