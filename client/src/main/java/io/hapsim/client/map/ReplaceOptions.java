package io.hapsim.client.map;

import java.util.Objects;

/**
 * Settings of an atomic replacement (immutable; each method returns a copy).
 *
 * @param strategy       how chunks travel; null = chosen for the detected version ({@link StrategyTable})
 * @param chunkBytes     payload bytes per chunk; 0 = derived from {@code tune.bufsize} ({@link ChunkBudget}), which
 *                       also caps a larger value
 * @param verify         compare count and checksum of the prepared version with what was sent before committing
 * @param clearOnFailure on failure, also {@code clear map @ver} the uncommitted version to free its memory
 * @param sessionWindow  chunks in flight on a session before waiting for answers
 * @param progress       told about acknowledged entries and phases
 */
public record ReplaceOptions(LoadStrategy strategy, int chunkBytes, boolean verify, boolean clearOnFailure,
        int sessionWindow, ProgressListener progress) {

    public ReplaceOptions {
        Objects.requireNonNull(progress);
        if (chunkBytes < 0 || sessionWindow < 1) {
            throw new IllegalArgumentException("chunkBytes >= 0 and sessionWindow >= 1");
        }
    }

    public static ReplaceOptions defaults() {
        return new ReplaceOptions(null, 0, true, true, 16, ProgressListener.NONE);
    }

    public ReplaceOptions strategy(LoadStrategy s) {
        return new ReplaceOptions(s, chunkBytes, verify, clearOnFailure, sessionWindow, progress);
    }

    public ReplaceOptions chunkBytes(int bytes) {
        return new ReplaceOptions(strategy, bytes, verify, clearOnFailure, sessionWindow, progress);
    }

    public ReplaceOptions verify(boolean on) {
        return new ReplaceOptions(strategy, chunkBytes, on, clearOnFailure, sessionWindow, progress);
    }

    public ReplaceOptions clearOnFailure(boolean on) {
        return new ReplaceOptions(strategy, chunkBytes, verify, on, sessionWindow, progress);
    }

    public ReplaceOptions sessionWindow(int chunks) {
        return new ReplaceOptions(strategy, chunkBytes, verify, clearOnFailure, chunks, progress);
    }

    public ReplaceOptions progress(ProgressListener listener) {
        return new ReplaceOptions(strategy, chunkBytes, verify, clearOnFailure, sessionWindow, listener);
    }
}
