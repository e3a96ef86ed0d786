package io.hapsim.simulator.control;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the bodies the control API takes: one JSON object whose values are strings, integers, booleans or null
 * (nothing nested). Malformed input throws {@link IllegalArgumentException}, which the API answers with 400.
 */
final class JsonReader {

    private final String text;
    private int at;

    private JsonReader(String text) {
        this.text = text;
    }

    /** The members of the object {@code text} holds, in order. */
    static Map<String, Object> object(String text) {
        JsonReader reader = new JsonReader(text);
        Map<String, Object> members = reader.members();
        reader.skipBlanks();
        if (reader.at < text.length()) {
            throw reader.malformed("nothing expected after the object");
        }
        return members;
    }

    private Map<String, Object> members() {
        Map<String, Object> members = new LinkedHashMap<>();
        expect('{');
        if (peek() == '}') {
            at++;
            return members;
        }
        do {
            String name = string();
            expect(':');
            members.put(name, value());
        } while (take(','));
        expect('}');
        return members;
    }

    private Object value() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (c == '-' || Character.isDigit(c)) {
            int start = at;
            at++;
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            try {
                return Long.parseLong(text.substring(start, at));
            } catch (NumberFormatException e) {
                throw malformed("an integer expected");
            }
        }
        for (String word : new String[] {"true", "false", "null"}) {
            if (text.startsWith(word, at)) {
                at += word.length();
                return word.equals("null") ? null : Boolean.valueOf(word);
            }
        }
        throw malformed("a string, an integer, true, false or null expected");
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (at >= text.length()) {
                break;
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw malformed("a \\u escape needs four hex digits");
                    }
                    out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> out.append(escaped); // \" \\ \/
            }
        }
        throw malformed("unterminated string");
    }

    private char peek() {
        skipBlanks();
        if (at >= text.length()) {
            throw malformed("unexpected end of the body");
        }
        return text.charAt(at);
    }

    private boolean take(char c) {
        if (peek() == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!take(c)) {
            throw malformed("'" + c + "' expected");
        }
    }

    private void skipBlanks() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException malformed(String why) {
        return new IllegalArgumentException("malformed JSON at offset " + at + ": " + why);
    }
}
