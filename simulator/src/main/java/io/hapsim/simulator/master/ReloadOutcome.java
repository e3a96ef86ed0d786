package io.hapsim.simulator.master;

import java.util.List;

/**
 * How a reload went: whether the new worker runs, and the start-up log of that attempt, which a 3.0+ master sends
 * back to the client that asked ({@code Success=1}, {@code --}, the log).
 */
record ReloadOutcome(boolean success, List<String> startupLog) {

    ReloadOutcome {
        startupLog = List.copyOf(startupLog);
    }

    /** The {@code reload} command's answer on versions that report it. */
    String report() {
        return "Success=" + (success ? 1 : 0) + "\n--\n" + String.join("", startupLog);
    }
}
