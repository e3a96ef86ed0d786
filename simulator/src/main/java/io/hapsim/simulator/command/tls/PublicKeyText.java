package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.state.tls.DerReader;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * A certificate's public key as OpenSSL's text prints it: its algorithm, then for an EC key its size, point and
 * curve, for an RSA key its size, modulus and exponent, for an EdDSA key its bytes.
 */
final class PublicKeyText {

    private static final String EC = "1.2.840.10045.2.1";
    private static final String RSA = "1.2.840.113549.1.1.1";
    private static final int OID = 0x06;

    private PublicKeyText() {
    }

    /** The lines of a DER SubjectPublicKeyInfo, from {@code Subject Public Key Info:}. */
    static String of(byte[] spki) {
        DerReader info = new DerReader(spki).enter();
        DerReader algorithm = info.enter();
        String oid = algorithm.oid();
        String curve = algorithm.hasMore() && algorithm.tag() == OID ? algorithm.oid() : null;
        byte[] bits = info.content();
        byte[] key = Arrays.copyOfRange(bits, 1, bits.length); // after the count of unused bits
        StringBuilder out = new StringBuilder("        Subject Public Key Info:\n            Public Key Algorithm: ")
                .append(OpenSslNames.of(oid)).append('\n');
        String pad = " ".repeat(16);
        switch (oid) {
            case EC -> {
                out.append(pad).append("Public-Key: (").append(curveBits(key)).append(" bit)\n").append(pad)
                        .append("pub:\n").append(OpenSslHex.dump(key, 15, 20));
                if (curve != null) {
                    out.append(pad).append("ASN1 OID: ").append(OpenSslNames.of(curve)).append('\n');
                    String nist = OpenSslNames.nistCurve(curve);
                    if (nist != null) {
                        out.append(pad).append("NIST CURVE: ").append(nist).append('\n');
                    }
                }
            }
            case RSA -> {
                DerReader numbers = new DerReader(key).enter();
                BigInteger modulus = new BigInteger(numbers.content());
                BigInteger exponent = new BigInteger(numbers.content());
                out.append(pad).append("Public-Key: (").append(modulus.bitLength()).append(" bit)\n").append(pad)
                        .append("Modulus:\n").append(OpenSslHex.dump(modulus.toByteArray(), 15, 20)).append(pad)
                        .append("Exponent: ").append(exponent).append(" (0x").append(exponent.toString(16))
                        .append(")\n");
            }
            default -> out.append(pad).append(OpenSslNames.of(oid)).append(" Public-Key:\n").append(pad)
                    .append("pub:\n").append(OpenSslHex.dump(key, 15, 20));
        }
        return out.toString();
    }

    /** The size of an uncompressed EC point's curve: its coordinates' bits. */
    private static int curveBits(byte[] point) {
        int coordinate = (point.length - 1) / 2;
        return coordinate == 66 ? 521 : coordinate * 8;
    }
}
