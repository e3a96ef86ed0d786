package io.hapsim.simulator.command.info;

/**
 * Where a peers section stands some time after start when nothing answers on its remote peers' addresses (measured
 * alike on 2.6 to 3.4): each remote peer is tried every 5 s, the attempt's stream living 3 s (turning around between
 * refused connects) before the peer is left without one until the next try; the section waits 5 s for a resync.
 * Its task runs at start, once more for each ended attempt and once each new period (so on 2.6 to 3.4 with one
 * remote peer; with more, attempts ending together may share a run, and 3.2+ sometimes runs it in a loop meanwhile).
 *
 * @param elapsedMillis the time since start
 */
record PeerReconnectCycle(long elapsedMillis) {

    private static final long PERIOD_MILLIS = 5_000;
    private static final long ATTEMPT_MILLIS = 3_000;
    private static final long RESYNC_MILLIS = 5_000;

    /** The connections tried so far ({@code new_conn}), the first one at start. */
    long attempts() {
        return elapsedMillis / PERIOD_MILLIS + 1;
    }

    /** The current attempt's stream still exists: the peer is active, with an applet. */
    boolean attempting() {
        return phase() < ATTEMPT_MILLIS;
    }

    /** Since the last attempt began ({@code last_hdshk}). */
    long sinceAttemptMillis() {
        return phase();
    }

    /** Until the next attempt ({@code reconnect}). */
    long untilNextAttemptMillis() {
        return PERIOD_MILLIS - phase();
    }

    /** Until the resync wait expires, negative once it has. */
    long untilResyncMillis() {
        return RESYNC_MILLIS - elapsedMillis;
    }

    /** The calls of the task of a section with {@code remotes} remote peers. */
    long sectionTaskCalls(int remotes) {
        long ended = (attempts() - 1) * remotes + (attempting() ? 0 : remotes);
        return attempts() + ended;
    }

    private long phase() {
        return elapsedMillis % PERIOD_MILLIS;
    }
}
