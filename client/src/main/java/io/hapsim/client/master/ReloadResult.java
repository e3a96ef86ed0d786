package io.hapsim.client.master;

import java.util.List;
import java.util.OptionalLong;

/**
 * A reload that started a new worker (a reload that did not throws {@link
 * io.hapsim.client.error.ReloadFailedException}).
 *
 * @param startupLog   the master's start-up log of the new worker's load (3.0+, the lines after {@code Success=1} and
 *                     {@code --}); empty before 3.0, where the master answers nothing
 * @param newWorkerPid the pid of the worker the reload started, when {@code show proc} names it
 * @param processes    {@code show proc} after the reload
 */
public record ReloadResult(List<String> startupLog, OptionalLong newWorkerPid, ProcessList processes) {

    public ReloadResult {
        startupLog = List.copyOf(startupLog);
    }
}
