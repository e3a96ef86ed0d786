package io.hapsim.client.map;

import io.hapsim.client.HaproxyVersion;

/**
 * The loading strategy per HAProxy version, chosen from measurements on real HAProxy on the project's 2-core
 * machines (1,000,000 entries {@code keyN valueN}, UNIX socket, ~15 KB payload chunks of ~700 entries, the
 * transaction's upload phase, median of 3-5 runs; {@code StrategyMeasurement} in the client's tests reproduces them):
 *
 * <pre>
 *            connection per chunk   prompt session   prompt i session   one add per line
 * 2.6.12     0.74-0.78 M/s           0.32 M/s         -                  0.21 M/s
 * 3.0.11     0.69-0.75 M/s           0.33 M/s         -                  0.24 M/s
 * 3.2.26     0.74-0.79 M/s           1.15 M/s         0.80 M/s           0.23 M/s
 * 3.4.7      0.56 M/s                0.73 M/s         0.76 M/s           -
 * </pre>
 *
 * (3.4.7 measured on 2026-12-06 with another build sharing the two cores: 3.2.26 gave 0.51 / 0.60 / 0.55 M/s in
 * the same run, so compare rows of one run only.) 3.3.0 has no binary here: it keeps 3.2's session reading.
 *
 * 2.x and 3.0 acknowledge every payload line with a {@code "+ "} prompt in prompt mode, which makes sessions slow
 * there; 3.2 only prompts while it waits for input. Several connections in flight at once (2, 4, 8) gave no reliable
 * gain on 2.6 and at best +10-25% on 3.0/3.2 with a run-to-run spread larger than that, and they lose the order of
 * entries, which decides which of duplicated keys wins a lookup: the default keeps one connection, and
 * {@code connection-per-chunk:N} remains available for files known to have unique keys.
 */
public final class StrategyTable {

    private StrategyTable() {
    }

    /**
     * 3.2 and later: a prompt session (on 3.4 it is as fast as {@code prompt i}, within the runs' spread); before:
     * one connection per chunk, one at a time.
     */
    public static LoadStrategy forVersion(HaproxyVersion version) {
        if (version.atLeast(3, 2)) {
            return LoadStrategy.promptSession();
        }
        return LoadStrategy.connectionPerChunk(1);
    }
}
