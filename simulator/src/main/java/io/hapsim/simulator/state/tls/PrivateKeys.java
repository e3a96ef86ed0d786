package io.hapsim.simulator.state.tls;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.List;

/**
 * Private keys from their PEM blocks: PKCS#8 ({@code PRIVATE KEY}), and the older PKCS#1 ({@code RSA PRIVATE KEY})
 * and SEC 1 ({@code EC PRIVATE KEY}) forms OpenSSL still reads, which the JDK reads once wrapped in PKCS#8.
 */
final class PrivateKeys {

    private static final List<String> ALGORITHMS = List.of("EC", "RSA", "Ed25519", "Ed448", "DSA");
    /** rsaEncryption's AlgorithmIdentifier: the OID 1.2.840.113549.1.1.1 and a NULL. */
    private static final byte[] RSA_ALGORITHM = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86,
            (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};
    /** id-ecPublicKey, 1.2.840.10045.2.1. */
    private static final byte[] EC_PUBLIC_KEY = {0x06, 0x07, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x02, 0x01};
    private static final int SEQUENCE = 0x30;
    private static final int OCTET_STRING = 0x04;
    private static final int EC_PARAMETERS = 0xa0;

    private PrivateKeys() {
    }

    /** The key of a private key block, or {@code null} when OpenSSL could not read one from it either. */
    static PrivateKey read(PemBlock block) {
        byte[] der = block.der();
        if (der == null) {
            return null;
        }
        byte[] pkcs8 = switch (block.type()) {
            case "RSA PRIVATE KEY" -> wrap(RSA_ALGORITHM, der);
            case "EC PRIVATE KEY" -> wrapEc(der);
            default -> der;
        };
        if (pkcs8 == null) {
            return null;
        }
        for (String algorithm : ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            } catch (GeneralSecurityException | RuntimeException e) {
                // not this algorithm's key: try the next
            }
        }
        return null;
    }

    /**
     * A SEC 1 key names its curve in its own parameters; PKCS#8 wants them in the algorithm identifier, and OpenSSL
     * then leaves them out of the key (as {@code openssl pkey} writes it, so that {@code getEncoded()} is OpenSSL's).
     */
    private static byte[] wrapEc(byte[] sec1) {
        try {
            int[] outer = header(sec1, 0);
            byte[] curve = null;
            byte[] rest = new byte[0];
            int position = outer[0];
            while (position < sec1.length) {
                int[] element = header(sec1, position);
                int end = element[0] + element[1];
                if ((sec1[position] & 0xff) == EC_PARAMETERS) {
                    curve = Arrays.copyOfRange(sec1, element[0], end);
                } else {
                    rest = DerWriter.concat(rest, Arrays.copyOfRange(sec1, position, end));
                }
                position = end;
            }
            if (curve == null) {
                return null;
            }
            return wrap(DerWriter.tlv(SEQUENCE, DerWriter.concat(EC_PUBLIC_KEY, curve)), DerWriter.tlv(SEQUENCE, rest));
        } catch (RuntimeException e) {
            return null; // lengths past the bytes there are: not a key OpenSSL would read either
        }
    }

    private static byte[] wrap(byte[] algorithm, byte[] key) {
        byte[] version = {0x02, 0x01, 0x00};
        return DerWriter.tlv(SEQUENCE, DerWriter.concat(version, algorithm, DerWriter.tlv(OCTET_STRING, key)));
    }

    /** Where the element at {@code position} starts its contents, and their length. */
    private static int[] header(byte[] der, int position) {
        int first = der[position + 1] & 0xff;
        if (first < 0x80) {
            return new int[] {position + 2, first};
        }
        int count = first & 0x7f;
        int length = 0;
        for (int i = 0; i < count; i++) {
            length = (length << 8) | (der[position + 2 + i] & 0xff);
        }
        return new int[] {position + 2 + count, length};
    }
}
