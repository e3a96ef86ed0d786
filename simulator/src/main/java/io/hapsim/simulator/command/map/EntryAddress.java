package io.hapsim.simulator.command.map;

/**
 * Entry identifiers of {@code set map}/{@code del map}: {@code #0x} followed by the address {@code show map} prints.
 * Read as C's {@code strtoll(…, 16)} that must consume everything; too big a number saturates (and then designates
 * no entry).
 */
final class EntryAddress {

    static final String MALFORMED = "Malformed identifier. Please use #<id> or <file>.\n";

    private EntryAddress() {
    }

    /** True when the word is an entry identifier rather than a key ({@code #12} is a key). */
    static boolean designatesEntry(String word) {
        return word.startsWith("#0x");
    }

    /** The address, or {@code null} when malformed. */
    static Long parse(String word) {
        String hex = word.substring(3);
        if (hex.isEmpty()) {
            return null;
        }
        long value = 0;
        boolean saturated = false;
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            int d = c < 128 ? Character.digit(c, 16) : -1;
            if (d < 0) {
                return null;
            }
            if (value > (Long.MAX_VALUE - d) >>> 4) {
                saturated = true;
            } else if (!saturated) {
                value = value << 4 | d;
            }
        }
        return saturated ? Long.MAX_VALUE : value;
    }
}
