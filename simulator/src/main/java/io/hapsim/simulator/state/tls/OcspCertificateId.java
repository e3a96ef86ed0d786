package io.hapsim.simulator.state.tls;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An OCSP certificate ID, the key HAProxy files an OCSP response under: the DER of its hash algorithm, the hashes
 * of the issuer's name and key, and the certificate's serial. HAProxy computes it with SHA-1 from a certificate and
 * its issuer; a response brings its own, which must be the same bytes to replace it.
 *
 * @param der its encoding, the key itself
 */
public record OcspCertificateId(byte[] der) implements Comparable<OcspCertificateId> {

    /** The longest ID HAProxy keeps, in bytes: keys are compared padded with zeros to it. */
    public static final int MAX_BYTES = 128;
    private static final byte[] SHA1_WITH_NULL = DerWriter.tlv(0x30,
            DerWriter.concat(DerWriter.tlv(0x06, new byte[] {0x2b, 0x0e, 0x03, 0x02, 0x1a}), new byte[] {0x05, 0x00}));

    public OcspCertificateId {
        der = der.clone();
    }

    /** The ID HAProxy computes for {@code certificate}, issued by {@code issuer}. */
    public static OcspCertificateId of(X509Certificate certificate, X509Certificate issuer) {
        DerReader publicKeyInfo = new DerReader(issuer.getPublicKey().getEncoded()).enter();
        publicKeyInfo.content(); // the algorithm
        byte[] keyBits = publicKeyInfo.content();
        byte[] key = Arrays.copyOfRange(keyBits, 1, keyBits.length); // after the count of unused bits
        return new OcspCertificateId(DerWriter.tlv(0x30, DerWriter.concat(SHA1_WITH_NULL,
                DerWriter.tlv(0x04, sha1(issuer.getSubjectX500Principal().getEncoded())),
                DerWriter.tlv(0x04, sha1(key)),
                DerWriter.tlv(0x02, certificate.getSerialNumber().toByteArray()))));
    }

    /** The key as {@code show ssl ocsp-response} and {@code show ssl cert} print it, in lower-case hexadecimal. */
    public String key() {
        return HexFormat.of().formatHex(der);
    }

    /**
     * What an ID says.
     *
     * @param issuerNameHash the hash of the issuer's name
     * @param issuerKeyHash  the hash of the issuer's key
     * @param serial         the certificate's serial
     */
    public record Fields(byte[] issuerNameHash, byte[] issuerKeyHash, BigInteger serial) {
    }

    public Fields fields() {
        DerReader id = new DerReader(der).enter();
        id.content(); // the hash algorithm
        return new Fields(id.content(), id.content(), new BigInteger(id.content()));
    }

    private static byte[] sha1(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }

    /** HAProxy's order of keys: their bytes compared unsigned, padded with zeros. */
    @Override
    public int compareTo(OcspCertificateId other) {
        return Arrays.compareUnsigned(Arrays.copyOf(der, MAX_BYTES), Arrays.copyOf(other.der, MAX_BYTES));
    }

    /** Equal when HAProxy finds one under the other: their bytes padded with zeros are the same. */
    @Override
    public boolean equals(Object other) {
        return other instanceof OcspCertificateId id && compareTo(id) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(Arrays.copyOf(der, MAX_BYTES));
    }

    @Override
    public String toString() {
        return key();
    }
}
