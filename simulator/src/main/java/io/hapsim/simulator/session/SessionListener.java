package io.hapsim.simulator.session;

import java.util.List;

/** Observes the commands a session runs (the simulator records them for tests to inspect). */
@FunctionalInterface
public interface SessionListener {

    SessionListener NONE = (args, payload) -> {
    };

    void commandRan(List<String> args, String payload);
}
