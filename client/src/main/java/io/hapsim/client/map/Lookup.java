package io.hapsim.client.map;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of {@code get map}/{@code get acl}: the result of matching a sample against the current version, for
 * one expression using the map (usually one line).
 *
 * @param fields every {@code name=value} pair as printed ({@code type}, {@code case}, {@code found}/{@code match},
 *               {@code idx}, {@code key}/{@code pattern}, {@code value}; the sample type is under {@code smp_type})
 */
public record Lookup(Map<String, String> fields) {

    public Lookup {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Parses a line such as {@code type=str, case=sensitive, found=yes, idx=tree, key="k", value="v", type="str"}. */
    public static Lookup parse(String line) {
        Map<String, String> fields = new LinkedHashMap<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            int eq = line.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String name = line.substring(i, eq);
            String value;
            int next;
            if (eq + 1 < n && line.charAt(eq + 1) == '"') {
                int close = line.indexOf("\", ", eq + 2);
                if (close < 0) {
                    close = line.endsWith("\"") ? n - 1 : n;
                }
                value = line.substring(eq + 2, Math.max(eq + 2, close));
                next = Math.min(n, close + 3);
            } else {
                int comma = line.indexOf(", ", eq + 1);
                int end = comma < 0 ? n : comma;
                value = line.substring(eq + 1, end);
                next = comma < 0 ? n : comma + 2;
            }
            fields.put(fields.containsKey(name) ? "smp_" + name : name, value);
            i = next;
        }
        return new Lookup(fields);
    }

    /** The match type ({@code str}, {@code beg}, {@code ip}, ...). */
    public String matchType() {
        return fields.get("type");
    }

    /** Whether the sample matched an entry. */
    public boolean found() {
        return "yes".equals(fields.get("found")) || "yes".equals(fields.get("match"));
    }

    /** The matching key (or ACL pattern); null if none. */
    public String key() {
        String k = fields.get("key");
        return k != null ? k : fields.get("pattern");
    }

    /** The value of the matching entry; null if none. */
    public String value() {
        return fields.get("value");
    }
}
