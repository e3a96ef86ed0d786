package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.state.tls.DerReader;
import io.hapsim.simulator.version.TlsCli;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The extensions of a certificate or an OCSP response as OpenSSL's text prints them: a heading, then each one's name,
 * {@code critical} if it is, and its value on the lines below. The usual extensions print as OpenSSL words them; one
 * hapsim does not know prints its bytes, printable ones as they are, as OpenSSL prints one it does not know.
 */
final class ExtensionText {

    private static final String[] KEY_USAGES = {"Digital Signature", "Non Repudiation", "Key Encipherment",
        "Data Encipherment", "Key Agreement", "Certificate Sign", "CRL Sign", "Encipher Only", "Decipher Only"};
    private static final int BOOLEAN = 0x01;
    private static final int CONTEXT_0 = 0x80;
    private static final int CONSTRUCTED_0 = 0xa0;

    private ExtensionText() {
    }

    /**
     * The extensions of a DER {@code SEQUENCE OF Extension}'s contents under {@code title}, at {@code indent}; nothing
     * when there are none.
     */
    static String of(DerReader extensions, String title, int indent, TlsCli tls) {
        if (!extensions.hasMore()) {
            return "";
        }
        StringBuilder out = new StringBuilder(" ".repeat(indent)).append(title).append(":\n");
        String inner = " ".repeat(indent + 4);
        while (extensions.hasMore()) {
            DerReader extension = extensions.enter();
            String oid = extension.oid();
            boolean critical = false;
            if (extension.tag() == BOOLEAN) {
                critical = extension.content()[0] != 0;
            }
            byte[] value = extension.content();
            out.append(inner).append(OpenSslNames.of(oid)).append(": ").append(critical ? "critical" : "").append('\n')
                    .append(value(oid, value, indent + 8, tls)).append('\n');
        }
        return out.toString();
    }

    /** An extension's value, its lines at {@code indent}, without a last line feed. */
    private static String value(String oid, byte[] der, int indent, TlsCli tls) {
        String pad = " ".repeat(indent);
        try {
            return switch (oid) {
                case "2.5.29.14" -> pad + OpenSslHex.colons(new DerReader(der).content());
                case "2.5.29.35" -> lines(authorityKeyId(der), pad);
                case "2.5.29.19" -> pad + basicConstraints(der);
                case "2.5.29.15" -> pad + keyUsage(new DerReader(der).content());
                case "2.5.29.37" -> pad + String.join(", ", oids(der));
                case "2.5.29.17", "2.5.29.18" -> pad + String.join(", ", generalNames(new DerReader(der).enter()));
                case "1.3.6.1.5.5.7.1.1" -> lines(accessDescriptions(der), pad);
                case "2.5.29.31" -> distributionPoints(der, indent) + (tls.distributionPointsEndLine() ? "\n" : "");
                case "2.5.29.32" -> policies(der, indent);
                case "2.16.840.1.113730.1.13" -> pad + new String(new DerReader(der).content(),
                        StandardCharsets.ISO_8859_1);
                case "1.3.6.1.5.5.7.48.1.2" -> pad + OpenSslHex.plain(der);
                case "1.3.6.1.5.5.7.48.1.5" -> "";
                default -> pad + printable(der);
            };
        } catch (RuntimeException e) {
            return pad + printable(der); // a value hapsim cannot read: as OpenSSL prints one it cannot decode
        }
    }

    private static String lines(List<String> values, String pad) {
        return pad + String.join("\n" + pad, values);
    }

    private static List<String> authorityKeyId(byte[] der) {
        DerReader id = new DerReader(der).enter();
        byte[] keyId = null;
        List<String> issuer = List.of();
        byte[] serial = null;
        while (id.hasMore()) {
            int tag = id.tag();
            if (tag == CONTEXT_0) {
                keyId = id.content();
            } else if (tag == (CONSTRUCTED_0 | 1)) {
                issuer = generalNames(id.enter());
            } else {
                serial = id.content();
            }
        }
        List<String> values = new ArrayList<>();
        if (keyId != null) {
            values.add((issuer.isEmpty() && serial == null ? "" : "keyid:") + OpenSslHex.colons(keyId));
        }
        values.addAll(issuer);
        if (serial != null) {
            values.add("serial:" + OpenSslHex.colons(serial));
        }
        return values;
    }

    private static String basicConstraints(byte[] der) {
        DerReader constraints = new DerReader(der).enter();
        boolean ca = false;
        if (constraints.hasMore() && constraints.tag() == BOOLEAN) {
            ca = constraints.content()[0] != 0;
        }
        String text = "CA:" + (ca ? "TRUE" : "FALSE");
        return constraints.hasMore() ? text + ", pathlen:" + new BigInteger(constraints.content()) : text;
    }

    private static String keyUsage(byte[] bits) {
        List<String> names = new ArrayList<>();
        for (int bit = 0; bit < KEY_USAGES.length; bit++) {
            int at = 1 + bit / 8; // after the count of unused bits
            if (at < bits.length && (bits[at] & (0x80 >> (bit % 8))) != 0) {
                names.add(KEY_USAGES[bit]);
            }
        }
        return String.join(", ", names);
    }

    private static List<String> oids(byte[] der) {
        List<String> names = new ArrayList<>();
        DerReader sequence = new DerReader(der).enter();
        while (sequence.hasMore()) {
            names.add(OpenSslNames.of(sequence.oid()));
        }
        return names;
    }

    /** General names as a list of values prints them ({@code DNS:name}, {@code IP Address:10.0.0.1}). */
    private static List<String> generalNames(DerReader names) {
        List<String> printed = new ArrayList<>();
        while (names.hasMore()) {
            printed.add(generalName(names, false));
        }
        return printed;
    }

    /** One general name; {@code spacedNames}: a directory name as a distribution point prints it. */
    private static String generalName(DerReader names, boolean spacedNames) {
        int tag = names.tag();
        if (tag == (CONSTRUCTED_0 | 4)) {
            byte[] name = names.enter().element();
            return "DirName:" + (spacedNames ? NameText.spaced(name) : CertificateText.oneLine(name));
        }
        if (tag == CONSTRUCTED_0) {
            names.content();
            return "othername:<unsupported>";
        }
        byte[] value = names.content();
        String text = new String(value, StandardCharsets.ISO_8859_1);
        return switch (tag & 0x1f) {
            case 1 -> "email:" + text;
            case 2 -> "DNS:" + text;
            case 6 -> "URI:" + text;
            case 7 -> "IP Address:" + ipAddress(value);
            case 8 -> "Registered ID:" + OpenSslNames.of(new DerReader(registeredId(value)).oid());
            default -> "<unsupported>";
        };
    }

    private static byte[] registeredId(byte[] content) {
        byte[] oid = new byte[content.length + 2];
        oid[0] = 0x06;
        oid[1] = (byte) content.length;
        System.arraycopy(content, 0, oid, 2, content.length);
        return oid;
    }

    private static String ipAddress(byte[] address) {
        if (address.length == 4) {
            return (address[0] & 0xff) + "." + (address[1] & 0xff) + "." + (address[2] & 0xff) + "."
                    + (address[3] & 0xff);
        }
        if (address.length == 16) {
            List<String> groups = new ArrayList<>();
            for (int i = 0; i < 16; i += 2) {
                groups.add(Integer.toHexString(((address[i] & 0xff) << 8) | (address[i + 1] & 0xff))
                        .toUpperCase(Locale.ROOT));
            }
            return String.join(":", groups);
        }
        return "<invalid>";
    }

    private static List<String> accessDescriptions(byte[] der) {
        List<String> values = new ArrayList<>();
        DerReader descriptions = new DerReader(der).enter();
        while (descriptions.hasMore()) {
            DerReader description = descriptions.enter();
            String method = OpenSslNames.of(description.oid());
            values.add(method + " - " + generalName(description, false));
        }
        return values;
    }

    private static String distributionPoints(byte[] der, int indent) {
        List<String> points = new ArrayList<>();
        DerReader sequence = new DerReader(der).enter();
        while (sequence.hasMore()) {
            DerReader point = sequence.enter();
            StringBuilder text = new StringBuilder();
            if (point.hasMore() && point.tag() == CONSTRUCTED_0) {
                DerReader name = point.enter();
                if (name.tag() == CONSTRUCTED_0) {
                    text.append(" ".repeat(indent)).append("Full Name:\n");
                    DerReader full = name.enter();
                    List<String> printed = new ArrayList<>();
                    while (full.hasMore()) {
                        printed.add(" ".repeat(indent + 2) + generalName(full, true));
                    }
                    text.append(String.join("\n", printed));
                }
            }
            points.add(text.toString());
        }
        return String.join("\n", points);
    }

    private static String policies(byte[] der, int indent) {
        List<String> policies = new ArrayList<>();
        DerReader sequence = new DerReader(der).enter();
        while (sequence.hasMore()) {
            DerReader policy = sequence.enter();
            StringBuilder text = new StringBuilder(" ".repeat(indent)).append("Policy: ")
                    .append(OpenSslNames.of(policy.oid()));
            if (policy.hasMore()) {
                DerReader qualifiers = policy.enter();
                List<String> printed = new ArrayList<>();
                while (qualifiers.hasMore()) {
                    DerReader qualifier = qualifiers.enter();
                    String kind = qualifier.oid();
                    if (kind.equals("1.3.6.1.5.5.7.2.1")) {
                        printed.add(" ".repeat(indent + 2) + "CPS: "
                                + new String(qualifier.content(), StandardCharsets.ISO_8859_1));
                    } else {
                        printed.add(" ".repeat(indent + 2) + "Unknown Qualifier: " + OpenSslNames.of(kind));
                    }
                }
                text.append('\n').append(String.join("\n", printed));
            }
            policies.add(text.toString());
        }
        return String.join("\n", policies);
    }

    /** Bytes as OpenSSL prints a string it cannot decode: printable ones as they are, others as dots. */
    private static String printable(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            char c = (char) b; // a signed byte: those past 127 are not printable either
            out.append(b > '~' || b < ' ' && c != '\n' && c != '\r' ? '.' : c);
        }
        return out.toString();
    }
}
