package io.hapsim.client.info;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One line of {@code show stat}: a frontend, backend or server. {@link #fields} maps every CSV column of the header
 * (in order, without the leading {@code # }) to its value, empty string for empty cells.
 */
public record StatRow(Map<String, String> fields) {

    public StatRow {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public String get(String column) {
        return fields.get(column);
    }

    /** A numeric column; empty when absent, empty or not a number. */
    public OptionalLong number(String column) {
        String v = fields.get(column);
        if (v == null || v.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(v));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** {@code pxname}: the proxy. */
    public String proxy() {
        return fields.get("pxname");
    }

    /** {@code svname}: {@code FRONTEND}, {@code BACKEND} or the server name. */
    public String service() {
        return fields.get("svname");
    }

    /** {@code status}: {@code OPEN}, {@code UP}, {@code DOWN}, {@code MAINT}, {@code no check} ... */
    public String status() {
        return fields.get("status");
    }

    /** {@code type}: 0 frontend, 1 backend, 2 server, 3 listener. */
    public OptionalLong type() {
        return number("type");
    }

    public boolean isServer() {
        return type().orElse(-1) == 2;
    }

    public OptionalLong currentSessions() {
        return number("scur");
    }

    public OptionalLong weight() {
        return number("weight");
    }
}
