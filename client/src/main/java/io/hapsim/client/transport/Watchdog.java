package io.hapsim.client.transport;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * One daemon thread that runs the registered checks every {@value #TICK_MILLIS} ms; connections use it to close
 * themselves when they stop making progress (blocking channels have no timeout). Registering and unregistering only
 * touch a concurrent set: a timer task per connection would wake a thread twice per connection, which costs about
 * a tenth of the throughput of a one-connection-per-chunk load on a two-core machine.
 */
final class Watchdog {

    private static final long TICK_MILLIS = 20;
    /** Sweeps go on this long after the last check is gone, so that back-to-back connections wake nobody. */
    private static final long LINGER_NANOS = 2_000_000_000L;

    private static final Set<Runnable> CHECKS = ConcurrentHashMap.newKeySet();
    private static final Thread SWEEPER = start();
    private static volatile boolean parked;

    private Watchdog() {
    }

    private static Thread start() {
        Thread t = new Thread(Watchdog::sweep, "hapsim-client-watchdog");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Runs {@code check} on every tick until {@link #unregister}. */
    static void register(Runnable check) {
        CHECKS.add(check);
        if (parked) {
            LockSupport.unpark(SWEEPER);
        }
    }

    static void unregister(Runnable check) {
        CHECKS.remove(check);
    }

    private static void sweep() {
        long lastBusy = System.nanoTime();
        while (true) {
            if (CHECKS.isEmpty() && System.nanoTime() - lastBusy > LINGER_NANOS) {
                parked = true;
                if (CHECKS.isEmpty()) {
                    LockSupport.park();
                }
                parked = false;
                lastBusy = System.nanoTime();
                continue;
            }
            LockSupport.parkNanos(TICK_MILLIS * 1_000_000L);
            if (!CHECKS.isEmpty()) {
                lastBusy = System.nanoTime();
            }
            for (Runnable check : CHECKS) {
                try {
                    check.run();
                } catch (RuntimeException e) {
                    // a failing check must not stop the others: the connection it watched is gone anyway
                }
            }
        }
    }
}
