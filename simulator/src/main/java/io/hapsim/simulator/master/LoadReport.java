package io.hapsim.simulator.master;

import io.hapsim.simulator.command.OutputSource;
import java.util.concurrent.CompletableFuture;

/**
 * The answer to {@code reload} (3.0+) and {@code _loadstatus}: nothing while the configuration loads, then how the
 * load went. The master looks again every 50 ms, as HAProxy's does.
 */
final class LoadReport implements OutputSource {

    private static final long POLL_MILLIS = 50;

    private final CompletableFuture<ReloadOutcome> outcome;

    LoadReport(CompletableFuture<ReloadOutcome> outcome) {
        this.outcome = outcome;
    }

    @Override
    public boolean produce(StringBuilder out, int budget) {
        if (!outcome.isDone()) {
            return true;
        }
        out.append(outcome.join().report());
        return false;
    }

    @Override
    public long pauseMillis() {
        return POLL_MILLIS;
    }
}
