package io.hapsim.simulator.state.pattern;

import java.nio.charset.StandardCharsets;

/** Conversions between the CLI's Latin-1 strings (one char per byte) and stored bytes. */
final class Latin1 {

    private Latin1() {
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static String string(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }

    /** ASCII lower-casing, as C's {@code tolower()} in the "C" locale. */
    static int lower(int b) {
        b &= 0xff;
        return b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
    }

    /** Compares {@code length} bytes of {@code a} at {@code aOff} and {@code b} at {@code bOff}. */
    static boolean regionEquals(byte[] a, int aOff, byte[] b, int bOff, int length, boolean ignoreCase) {
        if (!ignoreCase) {
            return java.util.Arrays.equals(a, aOff, aOff + length, b, bOff, bOff + length);
        }
        for (int i = 0; i < length; i++) {
            if (lower(a[aOff + i]) != lower(b[bOff + i])) {
                return false;
            }
        }
        return true;
    }
}
