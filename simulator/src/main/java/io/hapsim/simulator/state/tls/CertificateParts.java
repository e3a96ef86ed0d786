package io.hapsim.simulator.state.tls;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What a certificate store holds: the leaf, the chain that followed it, the private key, what it has for OCSP
 * stapling. A store made by {@code new ssl cert} holds none of them; one filled by a payload may hold a leaf without a
 * key.
 *
 * @param leaf  the certificate served, or {@code null}
 * @param chain the certificates after it, in payload order
 * @param key   the private key, or {@code null}
 * @param ocsp  its OCSP response, issuer and ID, as far as it has them
 */
public record CertificateParts(X509Certificate leaf, List<X509Certificate> chain, PrivateKey key, OcspParts ocsp) {

    public static final CertificateParts EMPTY = new CertificateParts(null, List.of(), null);

    public CertificateParts {
        chain = List.copyOf(chain);
    }

    /** A certificate, its chain and key, with nothing for OCSP: what a PEM gives. */
    public CertificateParts(X509Certificate leaf, List<X509Certificate> chain, PrivateKey key) {
        this(leaf, chain, key, OcspParts.NONE);
    }

    public boolean empty() {
        return leaf == null;
    }

    /** A new key: the OCSP ID is forgotten with the old one, until the next stapling. */
    public CertificateParts withKey(PrivateKey newKey) {
        return new CertificateParts(leaf, chain, newKey, ocsp.withoutCertificateId());
    }

    public CertificateParts withOcsp(OcspParts newOcsp) {
        return new CertificateParts(leaf, chain, key, newOcsp);
    }

    /** The certificate of the chain that issued the leaf, as OpenSSL finds it; {@code null} when none did. */
    public X509Certificate chainIssuer() {
        if (leaf == null) {
            return null;
        }
        return chain.stream().filter(this::issuedBy).findFirst().orElse(null);
    }

    /** Whether {@code candidate} is the leaf's issuer, by name, as hapsim checks an issuer. */
    public boolean issuedBy(X509Certificate candidate) {
        return candidate.getSubjectX500Principal().equals(leaf.getIssuerX500Principal());
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
