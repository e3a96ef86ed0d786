package io.hapsim.simulator.command.session;

/**
 * A stream's pointer as {@code show sess} and {@code shutdown session} read their word: C's {@code strtoul} in base
 * 0 ({@code 0x} hexadecimal, a leading 0 octal, else decimal, up to the first other character, a minus sign
 * negating modulo 2^64, an overflow giving the largest value), so that {@code 0x7f..:} and {@code 0X7F..} name the
 * same stream, {@code 7f..} names stream 7, and a word without digits reads as 0.
 */
final class StreamPointer {

    private StreamPointer() {
    }

    /** The word's value as an unsigned 64-bit number; 0 when it has none. */
    static long read(String word) {
        int i = 0;
        boolean negative = false;
        if (i < word.length() && (word.charAt(i) == '+' || word.charAt(i) == '-')) {
            negative = word.charAt(i) == '-';
            i++;
        }
        int radix = 10;
        if (word.startsWith("0x", i) || word.startsWith("0X", i)) {
            if (i + 2 < word.length() && Character.digit(word.charAt(i + 2), 16) >= 0) {
                radix = 16;
                i += 2;
            }
        } else if (word.startsWith("0", i)) {
            radix = 8;
        }
        long value = 0;
        boolean overflow = false;
        for (; i < word.length(); i++) {
            int digit = Character.digit(word.charAt(i), radix);
            if (digit < 0 || word.charAt(i) > 'z') {
                break;
            }
            long next = value * radix + digit;
            if (Long.compareUnsigned(value, Long.divideUnsigned(-1L, radix)) > 0
                    || Long.compareUnsigned(next, value * radix) < 0) {
                overflow = true;
            }
            value = next;
        }
        if (overflow) {
            return -1L;
        }
        return negative ? -value : value;
    }

    /** As {@code %p} prints it. */
    static String format(long pointer) {
        return "0x" + Long.toHexString(pointer);
    }
}
