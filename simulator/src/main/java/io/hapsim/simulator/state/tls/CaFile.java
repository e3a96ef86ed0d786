package io.hapsim.simulator.state.tls;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A CA file as HAProxy keeps it, by name.
 *
 * @param path         the name HAProxy knows it by ({@code ca-base} applied), or {@code @system-ca}
 * @param certificates its certificates in the order the version's OpenSSL keeps them; {@code null} for a file
 *                     {@code new ssl ca-file} made, which has no store yet ({@code Empty})
 * @param instances    how many certificate instances check clients against it (each certificate of each
 *                     {@code bind} line that names it): a commit rebuilds each of them
 */
public record CaFile(String path, List<X509Certificate> certificates, int instances) {

    public CaFile {
        certificates = certificates == null ? null : List.copyOf(certificates);
    }

    public boolean empty() {
        return certificates == null;
    }

    /** How many certificates it holds, as {@code show ssl ca-file} counts them. */
    public int count() {
        return empty() ? 0 : certificates.size();
    }

    public boolean used() {
        return instances > 0;
    }

    CaFile with(List<X509Certificate> newCertificates) {
        return new CaFile(path, newCertificates, instances);
    }
}
