package io.hapsim.simulator.state.pattern;

/** The number readers HAProxy uses around patterns, each with its own tolerance for odd input. */
public final class Numbers {

    private Numbers() {
    }

    /**
     * Reads an optionally negative decimal number at the start of {@code text} and stops at the first other
     * character, as HAProxy does when it converts a string sample to an integer. Empty text gives 0.
     */
    static long readInt64Prefix(String text) {
        int i = 0;
        boolean negative = false;
        if (i < text.length() && text.charAt(i) == '-') {
            negative = true;
            i++;
        }
        long value = 0;
        while (i < text.length()) {
            int d = text.charAt(i) - '0';
            if (d < 0 || d > 9) {
                break;
            }
            value = value * 10 + d;
            i++;
        }
        return negative ? -value : value;
    }

    /** True when the whole of {@code text} is an optionally negative decimal number (map_*_int values). */
    static boolean parseWholeInt64(String text) {
        int i = 0;
        if (i < text.length() && text.charAt(i) == '-') {
            i++;
        }
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A strict decimal number with an optional leading {@code -}, or {@code null} (empty text included). */
    static Long strictInt64(String text) {
        if (text.isEmpty()) {
            return null;
        }
        int i = text.charAt(0) == '-' ? 1 : 0;
        long value = 0;
        for (int k = i; k < text.length(); k++) {
            int d = text.charAt(k) - '0';
            if (d < 0 || d > 9) {
                return null;
            }
            value = value * 10 + d;
        }
        return i == 1 ? -value : value;
    }

    /**
     * An unsigned 32-bit decimal number read from the start of {@code text} up to the first non-digit, wrapping on
     * overflow ({@code @abc} is version 0, {@code @12x} is 12). Returned as an {@code int} holding the 32 bits.
     */
    public static int unsignedPrefix(String text) {
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            int d = text.charAt(i) - '0';
            if (d < 0 || d > 9) {
                break;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /**
     * C's {@code strtol(text, &end, 10)} followed by a check that {@code end} reached the end of the text, then cast
     * to {@code int}: how {@code #<id>} is read. Returns {@code null} when characters remain.
     */
    public static Integer strtolWhole(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && isCSpace(text.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        int digitsStart = i;
        long value = 0;
        boolean overflow = false;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            int d = text.charAt(i) - '0';
            if (!overflow) {
                if (value > (Long.MAX_VALUE - d) / 10) {
                    overflow = true;
                } else {
                    value = value * 10 + d;
                }
            }
            i++;
        }
        if (i == digitsStart) {
            // no conversion: the end pointer stays at the very start of the text
            return n == 0 ? 0 : null;
        }
        if (i != n) {
            return null;
        }
        long result;
        if (overflow) {
            result = negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else {
            result = negative ? -value : value;
        }
        return (int) result;
    }

    private static boolean isCSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }
}
