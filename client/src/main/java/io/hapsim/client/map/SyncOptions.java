package io.hapsim.client.map;

import java.util.Objects;

/**
 * Settings of an incremental sync.
 *
 * @param method   {@link Method#AUTO} picks diff or full replacement by the size of the change
 * @param replace  settings of the full replacement when one is made
 * @param maxDiff  AUTO applies a diff only if it has at most this many changes; 0 = max(50, 5% of the desired size)
 */
public record SyncOptions(Method method, ReplaceOptions replace, long maxDiff) {

    /** How to sync. */
    public enum Method {
        /** Diff when the change is small and both sides have unique keys, else atomic replacement. */
        AUTO,
        /** Always apply the difference ({@code add}/{@code set}/{@code del}); refused if keys are duplicated. */
        DIFF,
        /** Always replace atomically. */
        REPLACE
    }

    public SyncOptions {
        Objects.requireNonNull(method);
        Objects.requireNonNull(replace);
    }

    public static SyncOptions defaults() {
        return new SyncOptions(Method.AUTO, ReplaceOptions.defaults(), 0);
    }

    public SyncOptions method(Method m) {
        return new SyncOptions(m, replace, maxDiff);
    }

    public SyncOptions replace(ReplaceOptions r) {
        return new SyncOptions(method, r, maxDiff);
    }

    public SyncOptions maxDiff(long changes) {
        return new SyncOptions(method, replace, changes);
    }

    long threshold(long desiredSize) {
        return maxDiff > 0 ? maxDiff : Math.max(50, desiredSize / 20);
    }
}
