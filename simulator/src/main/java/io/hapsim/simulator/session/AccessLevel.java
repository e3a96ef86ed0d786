package io.hapsim.simulator.session;

import java.util.Locale;

/** The access level of a CLI session, as set by {@code stats socket ... level}. Ordered from lowest to highest. */
public enum AccessLevel {
    USER,
    OPERATOR,
    ADMIN;

    /** The word HAProxy prints for this level ({@code show cli level}) and accepts in a configuration. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(AccessLevel other) {
        return compareTo(other) >= 0;
    }

    public static AccessLevel parse(String word) {
        for (AccessLevel level : values()) {
            if (level.word().equals(word)) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown access level '" + word + "' (expected user, operator or admin)");
    }
}
