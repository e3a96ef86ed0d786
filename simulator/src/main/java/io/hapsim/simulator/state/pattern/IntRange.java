package io.hapsim.simulator.state.pattern;

/**
 * Integer patterns ({@code int} and {@code len} matching): {@code N}, {@code N:M} or {@code N-M}, {@code :M} or
 * {@code -M} (up to M), {@code N:} or {@code N-} (from N). Note that {@code -5} therefore means "up to 5".
 */
final class IntRange {

    static final byte MIN_SET = 1;
    static final byte MAX_SET = 2;

    private IntRange() {
    }

    /** {flags, min, max}, or {@code null} when the text is not a valid integer pattern. */
    static long[] parse(String text) {
        if (text.isEmpty()) {
            return null;
        }
        int sep = separator(text);
        if (sep < 0) {
            Long v = Numbers.strictInt64(text);
            return v == null ? null : new long[] {MIN_SET | MAX_SET, v, v};
        }
        if (sep == 0 && text.length() > 1) {
            Long max = Numbers.strictInt64(text.substring(1));
            return max == null ? null : new long[] {MAX_SET, 0, max};
        }
        if (sep == text.length() - 1) {
            Long min = Numbers.strictInt64(text.substring(0, sep));
            return min == null ? null : new long[] {MIN_SET, min, 0};
        }
        Long min = Numbers.strictInt64(text.substring(0, sep));
        Long max = Numbers.strictInt64(text.substring(sep + 1));
        if (min == null || max == null || min > max) {
            return null;
        }
        return new long[] {MIN_SET | MAX_SET, min, max};
    }

    /** The error HAProxy gives for a text {@link #parse} rejected. */
    static String error(String text) {
        if (!text.isEmpty() && separator(text) < 0) {
            return "'" + text + "' is not a number";
        }
        return "'" + text + "' is not a valid number range";
    }

    private static int separator(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '-') {
                return i;
            }
        }
        return -1;
    }
}
