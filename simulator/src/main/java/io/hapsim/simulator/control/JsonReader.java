package io.hapsim.simulator.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader, for the simulator's needs without a library: the bodies the control API takes (one object
 * whose values are strings, integers, booleans or null, nothing nested) and, in tests, whole documents (objects as
 * ordered maps, arrays as lists, integers as {@code Long}, other numbers as {@code Double}). Malformed input throws
 * {@link IllegalArgumentException}, which the API answers with 400.
 */
public final class JsonReader {

    private final String text;
    /** Whether objects, arrays and non-integer numbers may appear as values. */
    private final boolean nested;
    private int at;

    private JsonReader(String text, boolean nested) {
        this.text = text;
        this.nested = nested;
    }

    /** The members of the flat object {@code text} holds, in order. */
    static Map<String, Object> object(String text) {
        JsonReader reader = new JsonReader(text, false);
        return reader.whole(reader.members());
    }

    /** The JSON value {@code text} holds, nested or not. */
    public static Object parse(String text) {
        JsonReader reader = new JsonReader(text, true);
        return reader.whole(reader.value());
    }

    private <T> T whole(T value) {
        skipBlanks();
        if (at < text.length()) {
            throw malformed("nothing expected after the " + (value instanceof Map ? "object" : "value"));
        }
        return value;
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

    private List<Object> elements() {
        List<Object> elements = new ArrayList<>();
        expect('[');
        if (peek() == ']') {
            at++;
            return elements;
        }
        do {
            elements.add(value());
        } while (take(','));
        expect(']');
        return elements;
    }

    private Object value() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (nested && c == '{') {
            return members();
        }
        if (nested && c == '[') {
            return elements();
        }
        if (c == '-' || Character.isDigit(c)) {
            return number();
        }
        for (String word : new String[] {"true", "false", "null"}) {
            if (text.startsWith(word, at)) {
                at += word.length();
                return word.equals("null") ? null : Boolean.valueOf(word);
            }
        }
        throw malformed("a string, an integer, true, false or null expected");
    }

    /** An integer ({@code Long}); when nested values are read, also a fraction or exponent ({@code Double}). */
    private Object number() {
        int start = at;
        at++;
        String chars = nested ? "+-0123456789.eE" : "0123456789";
        while (at < text.length() && chars.indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        String number = text.substring(start, at);
        try {
            return Long.parseLong(number);
        } catch (NumberFormatException e) {
            if (!nested) {
                throw malformed("an integer expected");
            }
        }
        try {
            return Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw malformed("a number expected");
        }
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
