package io.hapsim.client.map;

import io.hapsim.client.HaproxyVersion;

/**
 * The loading strategy per HAProxy version, chosen from measurements on real HAProxy (see the client README section:
 * 1,000,000 entries over a UNIX socket, median of 3 runs, on the project's 2-core machines).
 */
public final class StrategyTable {

    private StrategyTable() {
    }

    public static LoadStrategy forVersion(HaproxyVersion version) {
        if (version.atLeast(3, 2)) {
            return LoadStrategy.promptSession();
        }
        return LoadStrategy.connectionPerChunk(1);
    }
}
