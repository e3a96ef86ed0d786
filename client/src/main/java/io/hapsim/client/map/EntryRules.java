package io.hapsim.client.map;

import io.hapsim.client.error.EntryRejectedException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * What HAProxy can store through a payload, checked before anything is sent. A payload line is
 * {@code key SPACE value}: the key ends at the first space or tab, blanks before the value are skipped, the value
 * runs to the end of the line, an empty line ends the payload, and 2.4-3.0 strip a CR before the newline (3.0 even
 * turns CRLF separators into CR). Hence:
 * <ul>
 *   <li>a key is not empty and has no space, tab, newline or NUL;</li>
 *   <li>a value has no newline or NUL, does not start with a space or tab, and does not end with a CR;</li>
 *   <li>every character exists in the client's charset.</li>
 * </ul>
 * {@code ;}, {@code #}, backslashes, quotes and inner spaces are fine: payload lines are taken verbatim.
 */
public final class EntryRules {

    private EntryRules() {
    }

    /** Throws {@link EntryRejectedException} naming the entry and its line if HAProxy cannot store it as given. */
    public static void validate(MapEntry entry, long line, Charset charset) {
        String reason = problem(entry, charset);
        if (reason != null) {
            throw new EntryRejectedException(line, entry.key(), reason);
        }
    }

    /** Why HAProxy cannot store this entry, or null if it can. */
    public static String problem(MapEntry entry, Charset charset) {
        String key = entry.key();
        String value = entry.value();
        if (key.isEmpty()) {
            return "the key is empty";
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == ' ' || c == '\t') {
                return "the key contains a " + (c == ' ' ? "space" : "tab")
                        + " (a payload key ends at the first space or tab)";
            }
            if (c == '\n') {
                return "the key contains a newline";
            }
            if (c == '\0') {
                return "the key contains a NUL byte";
            }
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n') {
                return "the value contains a newline";
            }
            if (c == '\0') {
                return "the value contains a NUL byte";
            }
        }
        if (!value.isEmpty()) {
            char first = value.charAt(0);
            if (first == ' ' || first == '\t') {
                return "the value starts with a space or tab (HAProxy skips blanks before a value)";
            }
            if (value.charAt(value.length() - 1) == '\r') {
                return "the value ends with a carriage return (HAProxy 2.4-3.0 strip it)";
            }
        }
        if (!isAscii(key) || !isAscii(value)) {
            CharsetEncoder encoder = charset.newEncoder();
            if (!encoder.canEncode(key) || !charset.newEncoder().canEncode(value)) {
                return "it has characters that " + charset.name() + " cannot encode";
            }
        }
        return null;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
