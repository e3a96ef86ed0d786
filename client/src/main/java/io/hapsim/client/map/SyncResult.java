package io.hapsim.client.map;

import java.time.Duration;

/**
 * What a sync did.
 *
 * @param method  {@code NONE} (already equal), {@code DIFF} or {@code REPLACE}
 * @param added   entries added (diff)
 * @param updated entries whose value was set (diff)
 * @param deleted entries deleted (diff)
 * @param entries entries in the map afterwards
 * @param reason  why this method was chosen
 * @param elapsed total time
 */
public record SyncResult(String method, long added, long updated, long deleted, long entries, String reason,
        Duration elapsed) {

    public long changes() {
        return added + updated + deleted;
    }
}
