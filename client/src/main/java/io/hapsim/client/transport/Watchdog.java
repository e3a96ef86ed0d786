package io.hapsim.client.transport;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** One daemon thread that closes connections which stopped making progress (blocking channels have no timeout). */
final class Watchdog {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hapsim-client-watchdog");
        t.setDaemon(true);
        return t;
    });

    private Watchdog() {
    }

    static ScheduledFuture<?> every(long periodMillis, Runnable check) {
        return TIMER.scheduleWithFixedDelay(check, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    static ScheduledFuture<?> after(long delayMillis, Runnable action) {
        return TIMER.schedule(action, delayMillis, TimeUnit.MILLISECONDS);
    }
}
