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

/**
 * How HAProxy prints a certificate's fields in {@code show ssl cert <file>}: the serial and fingerprint in upper-case
 * hex, dates as OpenSSL prints them, the DNS names of the alternative names, the key's algorithm and size, and names
 * as a line of {@code /<short name>=<value>} in the certificate's order.
 */
final class CertificateText {

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
                out.append('/').append(OpenSslNames.attribute(oid)).append('=')
                        .append(new String(value, StandardCharsets.ISO_8859_1));
            }
        }
        return out.toString();
    }
}
