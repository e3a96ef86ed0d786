package io.hapsim.simulator.control;

import io.hapsim.simulator.command.TypedJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON writer (maps, lists, strings, numbers, booleans, null): the control API's answers and the tool's
 * {@code --json} output.
 */
public final class Json {

    private Json() {
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Number || value instanceof Boolean) {
            if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
                out.append("null");
            } else {
                out.append(value);
            }
        } else if (value instanceof Map<?, ?> m) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<Object, Object>) m).entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, String.valueOf(e.getKey()));
                out.append(':');
                write(out, e.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> l) {
            out.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, l.get(i));
            }
            out.append(']');
        } else {
            string(out, value.toString());
        }
    }

    /**
     * A JSON string of text whose chars are bytes (ISO-8859-1): shown as UTF-8 when the bytes are valid UTF-8 (what
     * map files usually hold), else byte by byte.
     */
    private static void string(StringBuilder out, String bytesAsChars) {
        String s = bytesAsChars;
        boolean latin = s.chars().allMatch(c -> c < 256) && s.chars().anyMatch(c -> c >= 0x80);
        if (latin) {
            byte[] raw = s.getBytes(StandardCharsets.ISO_8859_1);
            try {
                s = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(raw)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                // keep byte by byte
            }
        }
        TypedJson.quote(out, s, true);
    }
}
