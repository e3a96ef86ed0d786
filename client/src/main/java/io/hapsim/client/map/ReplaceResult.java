package io.hapsim.client.map;

import java.time.Duration;

/**
 * A committed atomic replacement.
 *
 * @param map      the map reference
 * @param version  the version committed (now current)
 * @param checksum count and checksum of the entries (verified against the prepared version unless disabled)
 * @param chunks   payload chunks sent (after any split)
 * @param strategy how they were sent
 * @param elapsed  from prepare to the end of the commit
 */
public record ReplaceResult(String map, long version, MapChecksum checksum, long chunks, LoadStrategy strategy,
        Duration elapsed) {

    public long entries() {
        return checksum.entries();
    }

    /** Entries per second over the whole transaction. */
    public double entriesPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s > 0 ? checksum.entries() / s : 0;
    }
}
