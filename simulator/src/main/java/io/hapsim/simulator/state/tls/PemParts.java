package io.hapsim.simulator.state.tls;

import io.hapsim.simulator.state.tls.PemException.Part;
import java.io.ByteArrayInputStream;
import java.security.PrivateKey;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * Certificate parts read from PEM text as HAProxy's loaders read a file or a payload: the first private key block
 * wherever it is, the first certificate as the leaf, every later certificate as its chain. What OpenSSL would refuse
 * fails with its reason.
 */
public final class PemParts {

    private static final String NO_START_LINE = "no start line";
    private static final String BAD_BASE64 = "bad base64 decode";

    private PemParts() {
    }

    /** A certificate with maybe a key and a chain ({@code set ssl cert <file>}, a {@code crt} file). */
    public static CertificateParts certificate(String text) throws PemException {
        return certificate(text, false);
    }

    /**
     * As {@link #certificate(String)}; with {@code base64EndsChain}, a chain certificate whose base64 is broken ends
     * the chain without an error, as 2.4 and 2.6 read it (they mistook OpenSSL's PEM errors for the end of the text).
     */
    public static CertificateParts certificate(String text, boolean base64EndsChain) throws PemException {
        List<PemBlock> blocks = PemBlock.all(text);
        PrivateKey key = blocks.stream().filter(PemBlock::isPrivateKey).findFirst().map(PrivateKeys::read)
                .orElse(null);
        List<PemBlock> certificates = blocks.stream().filter(PemBlock::isCertificate).toList();
        if (certificates.isEmpty()) {
            throw new PemException(Part.CERTIFICATE, NO_START_LINE);
        }
        X509Certificate leaf = parse(certificates.get(0), Part.CERTIFICATE);
        List<X509Certificate> chain = new ArrayList<>();
        for (PemBlock block : certificates.subList(1, certificates.size())) {
            if (base64EndsChain && block.der() == null) {
                break;
            }
            chain.add(parse(block, Part.CHAIN));
        }
        return new CertificateParts(leaf, chain, key);
    }

    /** The first certificate of a text, as an issuer given apart ({@code set ssl cert <file>.issuer}). */
    public static X509Certificate issuer(String text) throws PemException {
        PemBlock first = PemBlock.all(text).stream().filter(PemBlock::isCertificate).findFirst()
                .orElseThrow(() -> new PemException(Part.CERTIFICATE, NO_START_LINE));
        return parse(first, Part.CERTIFICATE);
    }

    /** A private key alone ({@code set ssl cert <file>.key}). */
    public static PrivateKey key(String text) throws PemException {
        PrivateKey key = PemBlock.all(text).stream().filter(PemBlock::isPrivateKey).findFirst()
                .map(PrivateKeys::read).orElse(null);
        if (key == null) {
            throw new PemException(Part.KEY, NO_START_LINE);
        }
        return key;
    }

    /**
     * The certificates of a CA payload ({@code set ssl ca-file}), in order: any block may come, but there must be
     * one, and each certificate must be readable.
     */
    public static List<X509Certificate> authorities(String text) throws PemException {
        List<PemBlock> blocks = PemBlock.all(text);
        if (blocks.isEmpty()) {
            throw new PemException(Part.CERTIFICATE, NO_START_LINE);
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (PemBlock block : blocks) {
            if (block.der() == null) {
                throw new PemException(Part.CERTIFICATE, BAD_BASE64);
            }
            if (block.isCertificate()) {
                certificates.add(parse(block, Part.CERTIFICATE));
            }
        }
        return certificates;
    }

    /**
     * The revocation lists of a CRL payload ({@code set ssl crl-file}), in order: any block may come, but there must
     * be one, and each list must be readable.
     */
    public static List<X509CRL> revocationLists(String text) throws PemException {
        List<PemBlock> blocks = PemBlock.all(text);
        if (blocks.isEmpty()) {
            throw new PemException(Part.CERTIFICATE, NO_START_LINE);
        }
        List<X509CRL> lists = new ArrayList<>();
        for (PemBlock block : blocks) {
            byte[] der = block.der();
            if (der == null) {
                throw new PemException(Part.CERTIFICATE, BAD_BASE64);
            }
            if (block.type().equals("X509 CRL")) {
                try {
                    lists.add((X509CRL) CertificateFactory.getInstance("X.509")
                            .generateCRL(new ByteArrayInputStream(der)));
                } catch (CRLException | CertificateException | RuntimeException e) {
                    throw new PemException(Part.CERTIFICATE, Asn1Reason.of(der));
                }
            }
        }
        return lists;
    }

    private static X509Certificate parse(PemBlock block, Part part) throws PemException {
        byte[] der = block.der();
        if (der == null) {
            throw new PemException(part, BAD_BASE64);
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | RuntimeException e) {
            throw new PemException(part, Asn1Reason.of(der));
        }
    }
}
