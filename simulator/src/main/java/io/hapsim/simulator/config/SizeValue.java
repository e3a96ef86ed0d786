package io.hapsim.simulator.config;

/**
 * A size as HAProxy 3.1+ reads one: decimal digits and an optional {@code k}, {@code m} or {@code g} unit (powers of
 * 1024), within an unsigned 32-bit int. Anything else leaves the text from the first character it could not take.
 *
 * @param value      the size, when {@code unexpected} is null
 * @param unexpected the text from where reading failed, or null
 */
record SizeValue(long value, String unexpected) {

    private static final long MAX = 0xFFFF_FFFFL;

    static SizeValue read(String text) {
        int i = 0;
        long value = 0;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            value = value * 10 + text.charAt(i) - '0';
            if (value > MAX) {
                return new SizeValue(0, text.substring(i));
            }
            i++;
        }
        if (i == 0) {
            return new SizeValue(0, text);
        }
        if (i == text.length()) {
            return new SizeValue(value, null);
        }
        int shift = switch (text.charAt(i)) {
            case 'k', 'K' -> 10;
            case 'm', 'M' -> 20;
            case 'g', 'G' -> 30;
            default -> -1;
        };
        if (shift < 0 || value > MAX >> shift) {
            return new SizeValue(0, text.substring(i));
        }
        if (i + 1 < text.length()) {
            return new SizeValue(0, text.substring(i + 1));
        }
        return new SizeValue(value << shift, null);
    }
}
