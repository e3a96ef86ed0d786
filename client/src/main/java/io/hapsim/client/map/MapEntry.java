package io.hapsim.client.map;

import java.util.Objects;

/** A map entry as HAProxy stores it: a key (no space or tab) and a value (any bytes but a newline). */
public record MapEntry(String key, String value) {

    public MapEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    public static MapEntry of(String key, String value) {
        return new MapEntry(key, value);
    }
}
