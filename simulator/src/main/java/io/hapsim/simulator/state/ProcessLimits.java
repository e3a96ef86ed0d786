package io.hapsim.simulator.state;

/**
 * The connection and file-descriptor limits {@code show info} reports ({@code Maxconn}, {@code Hard_maxconn},
 * {@code Maxsock}, {@code Ulimit-n}), computed as HAProxy computes them at start-up for a configuration without
 * SSL or splicing: every listener and the CLI's own connections reserve descriptors, each connection needs two,
 * each thread three (its poller and a wake-up pipe), and without a global {@code maxconn} the rest of the
 * descriptor limit goes to connections.
 *
 * @param maxconn the most concurrent connections
 * @param maxsock the most file descriptors, which HAProxy also sets as its descriptor limit
 */
public record ProcessLimits(int maxconn, int maxsock) {

    /** What HAProxy reserves before it counts listeners. */
    private static final int RESERVED_DESCRIPTORS = 10;
    private static final int DESCRIPTORS_PER_THREAD = 3;
    private static final int DESCRIPTORS_PER_CONNECTION = 2;
    /** HAProxy's floor when it computes maxconn itself. */
    private static final int MINIMUM_MAXCONN = 100;

    /**
     * @param configuredMaxconn the global {@code maxconn}, or 0 to compute it
     * @param cliMaxconn        {@code stats maxconn} (10 by default)
     * @param listeners         listening sockets: stats sockets and every address of every {@code bind}
     * @param threads           {@code nbthread}
     * @param descriptorLimit   the larger of the process's soft and hard descriptor limits
     * @param hardLimitCap      the version's {@code fd-hard-limit} default (0: none)
     * @param masterDescriptors what a worker counts for its master, in master-worker mode (0 otherwise)
     */
    public static ProcessLimits compute(int configuredMaxconn, int cliMaxconn, int listeners, int threads,
            long descriptorLimit, long hardLimitCap, int masterDescriptors) {
        long reserved = RESERVED_DESCRIPTORS + listeners + (long) cliMaxconn + masterDescriptors;
        long perThreads = (long) DESCRIPTORS_PER_THREAD * threads;
        int maxconn = configuredMaxconn;
        if (maxconn == 0) {
            long remaining = hardLimitCap > 0 ? Math.min(descriptorLimit, hardLimitCap) : descriptorLimit;
            long computed = (remaining - reserved - perThreads) / DESCRIPTORS_PER_CONNECTION;
            maxconn = (int) Math.max(MINIMUM_MAXCONN, Math.min(computed, Integer.MAX_VALUE));
        }
        long maxsock = reserved + (long) DESCRIPTORS_PER_CONNECTION * maxconn + perThreads;
        return new ProcessLimits(maxconn, (int) Math.min(maxsock, Integer.MAX_VALUE));
    }
}
