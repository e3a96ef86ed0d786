package io.hapsim.simulator.config;

/**
 * A number as C's strtol reads one, which HAProxy's configuration parser applies to many arguments: blanks, a sign,
 * then the digits of the base; whatever follows is left over.
 *
 * @param value the number read (0 when no digit came; saturated at the limits of a long)
 * @param end   where reading stopped: after the last digit, or 0 when no digit came (strtol's end pointer)
 * @param whole whether digits came and ran to the end of the text
 */
public record CNumber(long value, int end, boolean whole) {

    /** C's atoi(), which HAProxy applies to many numeric arguments: leading digits count, garbage reads as 0. */
    public static int atoi(String text) {
        return (int) read(text, 10).value();
    }

    public static CNumber read(String text, int base) {
        int i = 0;
        while (i < text.length() && " \t\n\u000b\f\r".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long value = 0;
        int start = i;
        for (; i < text.length(); i++) {
            int digit = Character.digit(text.charAt(i), base);
            if (digit < 0 || text.charAt(i) > 'z') {
                break;
            }
            value = value > (Long.MAX_VALUE - digit) / base ? Long.MAX_VALUE : value * base + digit;
        }
        int end = i > start ? i : 0;
        return new CNumber(negative ? -value : value, end, end > 0 && end == text.length());
    }
}
