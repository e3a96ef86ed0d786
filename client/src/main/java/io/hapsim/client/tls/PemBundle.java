package io.hapsim.client.tls;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A certificate's PEM made safe to send as a CLI payload: only its blocks, each re-wrapped with line feeds, and no
 * empty line anywhere. HAProxy ends a payload at its first empty line, so a PEM with one before its chain loses the
 * chain (and a commit still succeeds); with CRLF line ends, no line is ever empty and the payload never ends. What
 * lies outside the blocks (OpenSSL's {@code Bag Attributes}, comments) HAProxy would skip, so it is left out.
 *
 * @param certificates the certificates' blocks, the leaf first
 * @param key          the private key's block
 * @param leaf         the first certificate, which HAProxy serves
 * @param chainLength  how many certificates follow it
 */
public record PemBundle(String certificates, String key, X509Certificate leaf, int chainLength) {

    private static final Pattern BLOCK =
            Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);
    private static final int LINE = 64;

    /**
     * The bundle of a PEM text: certificates (the leaf first, then its chain) and one unencrypted private key.
     *
     * @throws UnusablePemException what HAProxy would refuse or lose: no certificate, no key or more than one,
     *                              an encrypted key (the CLI cannot ask for its passphrase), broken base64
     */
    public static PemBundle of(String pem) {
        Matcher block = BLOCK.matcher(pem);
        List<X509Certificate> certificates = new ArrayList<>();
        int keys = 0;
        StringBuilder certificateBlocks = new StringBuilder();
        StringBuilder keyBlock = new StringBuilder();
        while (block.find()) {
            String type = block.group(1);
            if (type.equals("ENCRYPTED PRIVATE KEY") || block.group(2).contains("Proc-Type: 4,ENCRYPTED")) {
                throw new UnusablePemException(
                        "the private key is encrypted: HAProxy's CLI cannot ask for its passphrase");
            }
            byte[] der = decode(type, block.group(2));
            StringBuilder payload = switch (type) {
                case "CERTIFICATE" -> {
                    certificates.add(certificate(der));
                    yield certificateBlocks;
                }
                case "PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY" -> {
                    keys++;
                    yield keyBlock;
                }
                default -> throw new UnusablePemException("a " + type + " block has no place in a certificate");
            };
            payload.append("-----BEGIN ").append(type).append("-----\n");
            String base64 = Base64.getEncoder().encodeToString(der);
            for (int from = 0; from < base64.length(); from += LINE) {
                payload.append(base64, from, Math.min(base64.length(), from + LINE)).append('\n');
            }
            payload.append("-----END ").append(type).append("-----\n");
        }
        if (certificates.isEmpty()) {
            throw new UnusablePemException("no certificate in the PEM");
        }
        if (keys != 1) {
            throw new UnusablePemException(keys == 0
                    ? "no private key in the PEM: HAProxy would replace the certificate's key with none"
                    : "more than one private key in the PEM");
        }
        return new PemBundle(certificateBlocks.toString(), keyBlock.toString(), certificates.get(0),
                certificates.size() - 1);
    }

    /** The whole bundle as one payload: the certificates, then the key. */
    public String payload() {
        return certificates + key;
    }

    /** The leaf's serial as HAProxy prints it: upper-case hex, without the sign byte. */
    public String serial() {
        byte[] bytes = leaf.getSerialNumber().toByteArray();
        int from = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        return HexFormat.of().withUpperCase().formatHex(bytes, from, bytes.length);
    }

    private static byte[] decode(String type, String body) {
        try {
            return Base64.getMimeDecoder().decode(body.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new UnusablePemException("the " + type + " block is not base64: " + e.getMessage(), e);
        }
    }

    private static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new UnusablePemException("a certificate of the PEM cannot be read: " + e.getMessage(), e);
        }
    }
}
