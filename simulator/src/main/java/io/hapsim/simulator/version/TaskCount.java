package io.hapsim.simulator.version;

/**
 * How many tasks {@code show info} counts in an idle process, as measured on the real binaries (2.6, 3.0, 3.2, 3.4,
 * with 1, 2 and 4 threads and a varying number of proxies, servers and checks): a fixed number of the version, two
 * per thread, one per checked server, and one per proxy (3.4: per frontend only, its backends have no task of
 * their own).
 *
 * @param fixed        the tasks of the process itself, the CLI's own stream among them
 * @param perBackend   whether a backend-only proxy has a task
 */
public record TaskCount(int fixed, boolean perBackend) {

    /** The count for a process of {@code threads} threads with these proxies and checked servers. */
    public int count(int threads, int frontends, int backendsOnly, int checkedServers) {
        return fixed + 2 * threads + frontends + (perBackend ? backendsOnly : 0) + checkedServers;
    }

    @Override
    public String toString() {
        return fixed + " + 2 per thread + 1 per " + (perBackend ? "proxy" : "frontend") + " and checked server";
    }
}
