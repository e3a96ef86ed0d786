package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.state.tls.DerReader;
import io.hapsim.simulator.version.TlsCli;
import java.math.BigInteger;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;

/**
 * A certificate as OpenSSL prints it in full ({@code X509_print}), then in PEM, as an OCSP response's text ends with
 * the certificates it carries: version, serial, algorithm, names, dates, public key, extensions and signature.
 */
final class CertificatePrint {

    private static final int EXTENSIONS = 0xa3;

    private CertificatePrint() {
    }

    static String of(X509Certificate certificate, TlsCli tls) throws CertificateEncodingException {
        StringBuilder out = new StringBuilder("Certificate:\n    Data:\n");
        int version = certificate.getVersion();
        out.append("        Version: ").append(version).append(" (0x").append(Integer.toHexString(version - 1))
                .append(")\n");
        out.append("        Serial Number:").append(serial(certificate.getSerialNumber())).append('\n');
        out.append("        Signature Algorithm: ").append(OpenSslNames.of(certificate.getSigAlgOID())).append('\n');
        out.append("        Issuer: ").append(NameText.compat(certificate.getIssuerX500Principal().getEncoded()))
                .append('\n');
        out.append("        Validity\n            Not Before: ")
                .append(CertificateText.date(certificate.getNotBefore())).append("\n            Not After : ")
                .append(CertificateText.date(certificate.getNotAfter())).append('\n');
        out.append("        Subject: ").append(NameText.compat(certificate.getSubjectX500Principal().getEncoded()))
                .append('\n');
        out.append(PublicKeyText.of(certificate.getPublicKey().getEncoded()));
        out.append(ExtensionText.of(extensions(certificate.getTBSCertificate()), "X509v3 extensions", 8, tls));
        out.append(signature(certificate.getSigAlgOID(), certificate.getSignature()));
        String base64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded());
        return out.append("-----BEGIN CERTIFICATE-----\n").append(base64).append("\n-----END CERTIFICATE-----\n")
                .toString();
    }

    /** A signature as OpenSSL prints one: its algorithm, then its bytes, 18 a line. */
    static String signature(String algorithmOid, byte[] value) {
        return "    Signature Algorithm: " + OpenSslNames.of(algorithmOid) + "\n    Signature Value:\n"
                + OpenSslHex.dump(value, 18, 8);
    }

    /** A serial that fits a signed 64-bit integer in decimal and hex on the line; a longer one in hex below it. */
    private static String serial(BigInteger serial) {
        if (serial.signum() >= 0 && serial.bitLength() < Long.SIZE) {
            return " " + serial + " (0x" + serial.toString(16) + ")";
        }
        byte[] bytes = serial.abs().toByteArray();
        int from = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        byte[] magnitude = Arrays.copyOfRange(bytes, from, bytes.length);
        return "\n            " + (serial.signum() < 0 ? " (Negative)" : "")
                + OpenSslHex.dump(magnitude, Integer.MAX_VALUE, 0).strip();
    }

    /** The extensions of a DER TBSCertificate, none if it has none. */
    private static DerReader extensions(byte[] tbs) {
        DerReader fields = new DerReader(tbs).enter();
        while (fields.hasMore()) {
            if (fields.tag() == EXTENSIONS) {
                return fields.enter().enter();
            }
            fields.content();
        }
        return new DerReader(new byte[0]);
    }
}
