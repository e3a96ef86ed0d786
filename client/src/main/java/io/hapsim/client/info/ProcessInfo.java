package io.hapsim.client.info;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * {@code show info}: the {@code Name: value} fields in HAProxy's order, with typed accessors for the common ones.
 * The field list grows with versions; {@link #get} reads any of them.
 */
public record ProcessInfo(Map<String, String> fields) {

    public ProcessInfo {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public String get(String field) {
        return fields.get(field);
    }

    /** A numeric field, empty when absent or not a number. */
    public OptionalLong number(String field) {
        String v = fields.get(field);
        if (v == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(v.strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    public String name() {
        return fields.get("Name");
    }

    public String version() {
        return fields.get("Version");
    }

    public String releaseDate() {
        return fields.get("Release_date");
    }

    public OptionalLong pid() {
        return number("Pid");
    }

    public OptionalLong uptimeSeconds() {
        return number("Uptime_sec");
    }

    public OptionalLong threads() {
        return number("Nbthread");
    }

    public OptionalLong currentConnections() {
        return number("CurrConns");
    }
}
