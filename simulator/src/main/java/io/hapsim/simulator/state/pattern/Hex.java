package io.hapsim.simulator.state.pattern;

/** Binary patterns ({@code bin} matching) are written in hexadecimal. */
final class Hex {

    private Hex() {
    }

    static byte[] decode(String text) {
        if (text.length() % 2 != 0) {
            return null;
        }
        byte[] out = new byte[text.length() / 2];
        for (int i = 0; i < out.length; i++) {
            int h = Character.digit(text.charAt(2 * i), 16);
            int l = Character.digit(text.charAt(2 * i + 1), 16);
            if (h < 0 || l < 0 || text.charAt(2 * i) > 127 || text.charAt(2 * i + 1) > 127) {
                return null;
            }
            out[i] = (byte) (h << 4 | l);
        }
        return out;
    }

    static String error(String text) {
        if (text.length() % 2 != 0) {
            return "an even number of hex digit is expected";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.digit(c, 16) < 0 || c > 127) {
                return "'" + c + "' is not a valid hex digit";
            }
        }
        return "invalid hex string '" + text + "'";
    }
}
