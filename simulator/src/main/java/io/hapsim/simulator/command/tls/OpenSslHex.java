package io.hapsim.simulator.command.tls;

import java.util.HexFormat;

/** The ways OpenSSL's text prints bytes in hexadecimal. */
final class OpenSslHex {

    private static final HexFormat LOWER = HexFormat.of();
    private static final HexFormat UPPER = HexFormat.of().withUpperCase();

    private OpenSslHex() {
    }

    /**
     * A dump of {@code perLine} bytes a line, each line indented by {@code indent} and every byte but the last followed
     * by a colon, ended by a line feed: signatures (18 a line) and public keys (15 a line).
     */
    static String dump(byte[] bytes, int perLine, int indent) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < bytes.length; i++) {
            if (i % perLine == 0) {
                if (i > 0) {
                    out.append('\n');
                }
                out.append(" ".repeat(indent));
            }
            LOWER.toHexDigits(out, bytes[i]);
            if (i + 1 < bytes.length) {
                out.append(':');
            }
        }
        return out.append('\n').toString();
    }

    /** Upper-case pairs without separator, a backslash and a line feed every 35 bytes ({@code i2a_ASN1_STRING}). */
    static String plain(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0 && i % 35 == 0) {
                out.append("\\\n");
            }
            UPPER.toHexDigits(out, bytes[i]);
        }
        return out.toString();
    }

    /** Upper-case pairs joined by colons, as key identifiers print ({@code i2s_ASN1_OCTET_STRING}). */
    static String colons(byte[] bytes) {
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(bytes);
    }
}
