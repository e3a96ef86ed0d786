package io.hapsim.simulator.command.proxy;

/** C's atoi(), which HAProxy applies to many numeric arguments: leading digits count, garbage reads as 0. */
final class Atoi {

    private Atoi() {
    }

    static int parse(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long value = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i)) && value <= Integer.MAX_VALUE) {
            value = value * 10 + (text.charAt(i) - '0');
            i++;
        }
        return (int) (negative ? -value : value);
    }
}
