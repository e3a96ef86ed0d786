package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.state.tls.CertificateParts;
import io.hapsim.simulator.state.tls.DerReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How HAProxy prints a certificate's fields in {@code show ssl cert <file>}: the serial and fingerprint in upper-case
 * hex, dates as OpenSSL prints them, the DNS names of the alternative names, the key's algorithm and size, and names
 * as a line of {@code /<short name>=<value>} in the certificate's order.
 */
final class CertificateText {

    /** OpenSSL's short names of the attributes a name usually has; others print as their OID. */
    private static final Map<String, String> SHORT_NAMES = Map.ofEntries(Map.entry("2.5.4.3", "CN"),
            Map.entry("2.5.4.6", "C"), Map.entry("2.5.4.7", "L"), Map.entry("2.5.4.8", "ST"),
            Map.entry("2.5.4.10", "O"), Map.entry("2.5.4.11", "OU"), Map.entry("2.5.4.5", "serialNumber"),
            Map.entry("2.5.4.9", "street"), Map.entry("2.5.4.17", "postalCode"), Map.entry("2.5.4.4", "SN"),
            Map.entry("2.5.4.42", "GN"), Map.entry("2.5.4.12", "title"), Map.entry("2.5.4.46", "dnQualifier"),
            Map.entry("1.2.840.113549.1.9.1", "emailAddress"), Map.entry("0.9.2342.19200300.100.1.25", "DC"),
            Map.entry("0.9.2342.19200300.100.1.1", "UID"), Map.entry("2.5.4.97", "organizationIdentifier"),
            Map.entry("2.5.4.15", "businessCategory"), Map.entry("2.5.4.13", "description"),
            Map.entry("2.5.4.65", "pseudonym"), Map.entry("2.5.4.43", "initials"),
            Map.entry("2.5.4.44", "generationQualifier"), Map.entry("2.5.4.72", "role"),
            Map.entry("1.3.6.1.4.1.311.60.2.1.1", "jurisdictionL"),
            Map.entry("1.3.6.1.4.1.311.60.2.1.2", "jurisdictionST"),
            Map.entry("1.3.6.1.4.1.311.60.2.1.3", "jurisdictionC"));
    private static final int DNS_NAME = 2;

    private CertificateText() {
    }

    /** A CA's lines, {@code Serial} to {@code Issuer}, each ended. */
    static String details(X509Certificate authority) {
        return details(new CertificateParts(authority, List.of(), null));
    }

    /** The lines from {@code Serial} to the chain's, each ended. */
    static String details(CertificateParts certificate) {
        X509Certificate leaf = certificate.leaf();
        StringBuilder out = new StringBuilder();
        out.append("Serial: ").append(hex(leaf.getSerialNumber())).append('\n');
        out.append("notBefore: ").append(date(leaf.getNotBefore())).append('\n');
        out.append("notAfter: ").append(date(leaf.getNotAfter())).append('\n');
        out.append("Subject Alternative Name: ").append(alternativeNames(leaf)).append('\n');
        out.append("Algorithm: ").append(algorithm(leaf.getPublicKey())).append('\n');
        out.append("SHA1 FingerPrint: ").append(fingerprint(leaf)).append('\n');
        out.append("Subject: ").append(oneLine(leaf.getSubjectX500Principal().getEncoded())).append('\n');
        out.append("Issuer: ").append(oneLine(leaf.getIssuerX500Principal().getEncoded())).append('\n');
        for (X509Certificate ca : certificate.chain()) {
            out.append("Chain Subject: ").append(oneLine(ca.getSubjectX500Principal().getEncoded())).append('\n');
            out.append("Chain Issuer: ").append(oneLine(ca.getIssuerX500Principal().getEncoded())).append('\n');
        }
        return out.toString();
    }

    /** An integer's magnitude in upper-case hex, a byte a pair (without the sign byte DER may put first). */
    static String hex(BigInteger number) {
        byte[] bytes = number.toByteArray();
        int from = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        return HexFormat.of().withUpperCase().formatHex(bytes, from, bytes.length);
    }

    /** As OpenSSL prints an ASN.1 time: {@code Dec  7 09:03:55 2026 GMT}. */
    static String date(Date date) {
        ZonedDateTime time = date.toInstant().atZone(ZoneOffset.UTC);
        return String.format(Locale.ROOT, "%s %2d %02d:%02d:%02d %d GMT",
                time.getMonth().getDisplayName(TextStyle.SHORT, Locale.ROOT), time.getDayOfMonth(), time.getHour(),
                time.getMinute(), time.getSecond(), time.getYear());
    }

    /** Each alternative name, those that are not DNS names as nothing (their separator stays). */
    private static String alternativeNames(X509Certificate certificate) {
        Collection<List<?>> names;
        try {
            names = certificate.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            return "";
        }
        if (names == null) {
            return "";
        }
        List<String> printed = new ArrayList<>();
        for (List<?> name : names) {
            printed.add(((Integer) name.get(0)) == DNS_NAME ? "DNS:" + name.get(1) : "");
        }
        return String.join(", ", printed);
    }

    private static String algorithm(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return "RSA" + rsa.getModulus().bitLength();
        }
        if (key instanceof ECPublicKey ec) {
            return "EC" + ec.getParams().getCurve().getField().getFieldSize();
        }
        if (key instanceof DSAPublicKey dsa) {
            return "DSA" + dsa.getParams().getP().bitLength();
        }
        return key.getAlgorithm();
    }

    private static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().withUpperCase()
                    .formatHex(MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A DER name as {@code /C=FR/O=Org/CN=name}: each attribute in order, its value's bytes as they are. */
    static String oneLine(byte[] der) {
        StringBuilder out = new StringBuilder();
        DerReader name = new DerReader(der).enter();
        while (name.hasMore()) {
            DerReader rdn = name.enter();
            while (rdn.hasMore()) {
                DerReader attribute = rdn.enter();
                String oid = attribute.oid();
                byte[] value = attribute.content();
                out.append('/').append(SHORT_NAMES.getOrDefault(oid, oid)).append('=')
                        .append(new String(value, StandardCharsets.ISO_8859_1));
            }
        }
        return out.toString();
    }
}
