package io.hapsim.simulator.state.tls;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A distinguished name as OpenSSL compares names: its canonical encoding (each relative name's SET, string values
 * as UTF-8, lower-cased, trimmed, inner blanks as one space), shorter first, then byte by byte. OpenSSL 3.0 keeps a
 * CA store sorted so, which decides the order {@code show ssl ca-file} numbers its certificates in on 2.6.
 */
final class CanonicalName {

    /**
     * Certificates by subject as OpenSSL orders them, equal subjects by their SHA-1 digest; each certificate's keys
     * are computed once per comparator, which a store sorted before each of its hundred additions needs.
     */
    static Comparator<X509Certificate> subjectOrder() {
        Map<X509Certificate, byte[]> names = new HashMap<>();
        Map<X509Certificate, byte[]> digests = new HashMap<>();
        return Comparator.<X509Certificate, byte[]>comparing(certificate -> names.computeIfAbsent(certificate,
                        c -> of(c.getSubjectX500Principal().getEncoded())), CanonicalName::compare)
                .thenComparing(certificate -> digests.computeIfAbsent(certificate, CanonicalName::sha1),
                        Arrays::compareUnsigned);
    }

    /** The string types OpenSSL canonicalises: UTF8, Numeric, Printable, T61, IA5, Visible, Universal, BMP. */
    private static final Set<Integer> TEXT_TYPES = Set.of(0x0c, 0x12, 0x13, 0x14, 0x16, 0x1a, 0x1c, 0x1e);
    private static final int UTF8_STRING = 0x0c;
    private static final int SEQUENCE = 0x30;
    private static final int SET = 0x31;
    private static final int OBJECT_IDENTIFIER = 0x06;

    private CanonicalName() {
    }

    /** The canonical encoding of a name's DER. */
    static byte[] of(byte[] nameDer) {
        ByteArrayOutputStream canonical = new ByteArrayOutputStream();
        DerReader name = new DerReader(nameDer).enter();
        while (name.hasMore()) {
            DerReader rdn = name.enter();
            ByteArrayOutputStream entries = new ByteArrayOutputStream();
            while (rdn.hasMore()) {
                DerReader entry = rdn.enter();
                byte[] oid = entry.content();
                int type = entry.tag();
                byte[] value = entry.content();
                ByteArrayOutputStream pair = new ByteArrayOutputStream();
                pair.writeBytes(DerWriter.tlv(OBJECT_IDENTIFIER, oid));
                pair.writeBytes(TEXT_TYPES.contains(type) ? DerWriter.tlv(UTF8_STRING, canonicalText(type, value))
                        : DerWriter.tlv(type, value));
                entries.writeBytes(DerWriter.tlv(SEQUENCE, pair.toByteArray()));
            }
            canonical.writeBytes(DerWriter.tlv(SET, entries.toByteArray()));
        }
        return canonical.toByteArray();
    }

    private static int compare(byte[] a, byte[] b) {
        return a.length != b.length ? Integer.compare(a.length, b.length) : Arrays.compareUnsigned(a, b);
    }

    private static byte[] canonicalText(int type, byte[] value) {
        String text = switch (type) {
            case 0x1e -> new String(value, StandardCharsets.UTF_16BE);
            case 0x1c -> new String(value, Charset.forName("UTF-32BE"));
            case 0x0c -> new String(value, StandardCharsets.UTF_8);
            default -> new String(value, StandardCharsets.ISO_8859_1);
        };
        String collapsed = text.strip().replaceAll("\\s+", " ");
        StringBuilder lowered = new StringBuilder(collapsed.length());
        // OpenSSL lowers ASCII letters only
        collapsed.chars().forEach(c -> lowered.append((char) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)));
        return lowered.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sha1(X509Certificate certificate) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded());
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("a certificate the JDK parsed has no encoding", e);
        }
    }
}
