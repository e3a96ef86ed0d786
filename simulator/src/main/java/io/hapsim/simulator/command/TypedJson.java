package io.hapsim.simulator.command;

import java.util.Map;

/**
 * The JSON of a typed field, as {@code show info json} and {@code show stat json} write it: its tag letters spelled
 * out, and its value with its type (numbers bare, text quoted).
 */
public final class TypedJson {

    private static final Map<Character, String> ORIGINS = Map.of('K', "Key", 'M', "Metric", 'S', "Status",
            'C', "Config", 'P', "Product");
    private static final Map<Character, String> NATURES = Map.of('N', "Name", 'G', "Gauge", 'M', "Max",
            'L', "Limit", 'C', "Counter", 'R', "Rate", 'a', "Avg", 'A', "Age", 'O', "Output", 'D', "Duration");
    private static final Map<Character, String> SCOPES = Map.of('S', "Service", 'P', "Process");

    private TypedJson() {
    }

    /** {@code "tags":{...}} of the typed tag letters (origin, nature, scope; a fourth letter is not shown). */
    public static StringBuilder tags(StringBuilder out, String letters) {
        return out.append("\"tags\":{\"origin\":\"").append(ORIGINS.get(letters.charAt(0)))
                .append("\",\"nature\":\"").append(NATURES.get(letters.charAt(1))).append("\",\"scope\":\"")
                .append(SCOPES.get(letters.charAt(2))).append("\"}");
    }

    /** {@code "value":{"type":...,"value":...}}. */
    public static StringBuilder value(StringBuilder out, String type, String value, boolean numeric) {
        out.append("\"value\":{\"type\":\"").append(type).append("\",\"value\":");
        if (numeric) {
            out.append(value);
        } else {
            quote(out, value, false);
        }
        return out.append('}');
    }

    /**
     * Appends {@code value} as a JSON string. HAProxy writes every control character as {@code \\u00XX}, a line
     * feed too ({@code shortEscapes} false); the control API uses {@code \\n}, {@code \\r} and {@code \\t}.
     */
    public static void quote(StringBuilder out, String value, boolean shortEscapes) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (shortEscapes && (c == '\n' || c == '\r' || c == '\t')) {
                out.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : "\\t");
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
