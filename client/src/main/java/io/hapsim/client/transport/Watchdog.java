package io.hapsim.client.transport;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** One daemon thread that closes connections which stopped making progress (blocking channels have no timeout). */
final class Watchdog {

    private static final ScheduledExecutorService TIMER = timer();

    private static ScheduledExecutorService timer() {
        java.util.concurrent.ScheduledThreadPoolExecutor timer = new java.util.concurrent.ScheduledThreadPoolExecutor(1,
                r -> {
                    Thread t = new Thread(r, "hapsim-client-watchdog");
                    t.setDaemon(true);
                    return t;
                });
        timer.setRemoveOnCancelPolicy(true); // one check per connection: thousands per second during a load
        return timer;
    }

    private Watchdog() {
    }

    static ScheduledFuture<?> every(long periodMillis, Runnable check) {
        return TIMER.scheduleWithFixedDelay(check, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    static ScheduledFuture<?> after(long delayMillis, Runnable action) {
        return TIMER.schedule(action, delayMillis, TimeUnit.MILLISECONDS);
    }
}
