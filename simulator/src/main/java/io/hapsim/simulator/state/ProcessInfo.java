package io.hapsim.simulator.state;

import java.time.Duration;
import java.time.Instant;

/** Facts about the simulated process that {@code show info} and the timed prompt report. */
public record ProcessInfo(long pid, Instant startedAt, int threads) {

    public Uptime uptime() {
        return new Uptime(Duration.between(startedAt, Instant.now()).getSeconds());
    }
}
