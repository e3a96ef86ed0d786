package io.hapsim.simulator.state.tls;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What a certificate store holds: the leaf, the chain that followed it, the private key. A store made by {@code new
 * ssl cert} holds none of them; one filled by a payload may hold a leaf without a key.
 *
 * @param leaf  the certificate served, or {@code null}
 * @param chain the certificates after it, in payload order
 * @param key   the private key, or {@code null}
 */
public record CertificateParts(X509Certificate leaf, List<X509Certificate> chain, PrivateKey key) {

    public static final CertificateParts EMPTY = new CertificateParts(null, List.of(), null);

    public CertificateParts {
        chain = List.copyOf(chain);
    }

    public boolean empty() {
        return leaf == null;
    }

    public CertificateParts withKey(PrivateKey newKey) {
        return new CertificateParts(leaf, chain, newKey);
    }

    /** The key belongs to the leaf, as OpenSSL checks it: what the key signs, the leaf's public key verifies. */
    public boolean keyMatchesLeaf() {
        if (leaf == null || key == null) {
            return false;
        }
        byte[] probe = "hapsim key check".getBytes(StandardCharsets.US_ASCII);
        try {
            Signature signer = Signature.getInstance(signatureAlgorithm(key.getAlgorithm()));
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(signatureAlgorithm(key.getAlgorithm()));
            verifier.initVerify(leaf.getPublicKey());
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false; // a key of another algorithm than the leaf's, or one the JDK cannot sign with
        }
    }

    private static String signatureAlgorithm(String keyAlgorithm) {
        return switch (keyAlgorithm) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            case "DSA" -> "SHA256withDSA";
            default -> keyAlgorithm; // EdDSA keys name their own signature
        };
    }
}
