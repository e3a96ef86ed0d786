package io.hapsim.simulator;

import java.util.List;

/**
 * A command the simulator ran, as its words and payload were understood: what tests inspect to see exactly what a
 * client sent (like MockWebServer's recorded requests).
 */
public record RecordedCommand(List<String> args, String payload) {

    public RecordedCommand {
        args = List.copyOf(args);
    }

    /** The words joined by single spaces. */
    public String line() {
        return String.join(" ", args);
    }
}
