package io.hapsim.simulator.state.tls;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * One {@code -----BEGIN <type>-----} ... {@code -----END <type>-----} block of a PEM text, found as OpenSSL finds them:
 * line by line, a carriage return before a line feed ignored, anything between blocks skipped.
 *
 * @param type the word(s) after {@code BEGIN}: {@code CERTIFICATE}, {@code PRIVATE KEY} ...
 * @param body its base64 lines, joined
 */
record PemBlock(String type, String body) {

    private static final String BEGIN = "-----BEGIN ";
    private static final String DASHES = "-----";

    /** The blocks of a text, in order; a block without its end line is not one. */
    static List<PemBlock> all(String text) {
        List<PemBlock> blocks = new ArrayList<>();
        String type = null;
        StringBuilder body = new StringBuilder();
        for (String rawLine : text.split("\n", -1)) {
            String line = rawLine.endsWith("\r") ? rawLine.substring(0, rawLine.length() - 1) : rawLine;
            if (type == null) {
                if (line.startsWith(BEGIN) && line.endsWith(DASHES) && line.length() > BEGIN.length() + 5) {
                    type = line.substring(BEGIN.length(), line.length() - DASHES.length());
                    body.setLength(0);
                }
            } else if (line.equals("-----END " + type + DASHES)) {
                blocks.add(new PemBlock(type, body.toString()));
                type = null;
            } else if (!line.contains(":")) { // an encrypted key's headers are not base64
                body.append(line.strip());
            }
        }
        return blocks;
    }

    boolean isCertificate() {
        return type.equals("CERTIFICATE") || type.equals("TRUSTED CERTIFICATE") || type.equals("X509 CERTIFICATE");
    }

    boolean isPrivateKey() {
        return type.equals("PRIVATE KEY") || type.equals("RSA PRIVATE KEY") || type.equals("EC PRIVATE KEY");
    }

    /** The DER bytes; {@code null} when the body is not base64 (OpenSSL's "bad base64 decode"). */
    byte[] der() {
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
