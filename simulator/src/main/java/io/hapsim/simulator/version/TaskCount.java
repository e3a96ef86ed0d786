package io.hapsim.simulator.version;

/**
 * How many tasks {@code show info} counts, as measured on the real binaries (2.6, 3.0, 3.2, 3.4, with 1, 2 and 4
 * threads, a varying number of proxies, servers and checks, and CLI sessions held open): a fixed number of the
 * version, two per thread, one per checked server, one per proxy (3.4: per frontend only, its backends have no
 * task of their own), and two per CLI connection (its stream and its connection; the one asking among them).
 *
 * @param fixed        the tasks of the process itself
 * @param perBackend   whether a backend-only proxy has a task
 */
public record TaskCount(int fixed, boolean perBackend) {

    /** The count for a process of {@code threads} threads with these proxies, checks and CLI connections. */
    public int count(int threads, int frontends, int backendsOnly, int checks, int connections) {
        return fixed + 2 * threads + frontends + (perBackend ? backendsOnly : 0) + checks + 2 * connections;
    }

    @Override
    public String toString() {
        return fixed + " + 2 per thread + 1 per " + (perBackend ? "proxy" : "frontend") + " and check, 2 per connection";
    }
}
