package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.state.tls.DerReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The two ways OpenSSL's certificate and OCSP texts print a distinguished name. */
final class NameText {

    private static final String QUOTED = ",+\"\\<>;";

    private NameText() {
    }

    /**
     * As a certificate's text prints its issuer and subject ({@code C=US, O=Org, CN=name}): the slashed line with
     * ", " for each slash that starts an attribute of one or two capitals.
     */
    static String compat(byte[] der) {
        String line = CertificateText.oneLine(der);
        if (line.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            out.append(startsAttribute(line, i) ? ", " : String.valueOf(c));
        }
        return out.toString();
    }

    private static boolean startsAttribute(String line, int at) {
        if (line.charAt(at) != '/' || at + 2 >= line.length() || !Character.isUpperCase(line.charAt(at + 1))) {
            return false;
        }
        return line.charAt(at + 2) == '=' || Character.isUpperCase(line.charAt(at + 2)) && at + 3 < line.length()
                && line.charAt(at + 3) == '=';
    }

    /**
     * As an OCSP response's text prints its responder ({@code C = US, O = "Org, Inc.", CN = name}): spaced
     * equals, values quoted when they hold a character RFC 2253 escapes, {@code +} between the attributes of one
     * part.
     */
    static String spaced(byte[] der) {
        List<String> parts = new ArrayList<>();
        DerReader name = new DerReader(der).enter();
        while (name.hasMore()) {
            DerReader rdn = name.enter();
            List<String> attributes = new ArrayList<>();
            while (rdn.hasMore()) {
                DerReader attribute = rdn.enter();
                String oid = attribute.oid();
                attributes.add(OpenSslNames.attribute(oid) + " = "
                        + escaped(new String(attribute.content(), StandardCharsets.ISO_8859_1)));
            }
            parts.add(String.join(" + ", attributes));
        }
        return String.join(", ", parts);
    }

    private static String escaped(String value) {
        StringBuilder out = new StringBuilder();
        boolean quote = false;
        for (char c : value.toCharArray()) {
            if (c > '~') {
                out.append(String.format("\\%02X", (int) c));
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
                quote = true;
            } else {
                quote |= QUOTED.indexOf(c) >= 0;
                out.append(c);
            }
        }
        return quote ? "\"" + out + "\"" : out.toString();
    }
}
