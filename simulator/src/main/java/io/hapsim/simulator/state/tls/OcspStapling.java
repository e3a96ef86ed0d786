package io.hapsim.simulator.state.tls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OCSP responses a process staples, in HAProxy's order (by certificate ID): one for each certificate a
 * {@code bind} line serves that has a response beside it ({@code <file>.ocsp}) about it, its issuer in its chain.
 * {@code set ssl ocsp-response} replaces one; a deletion of its certificate drops it, and so does a commit that
 * replaces the certificate (which comes without it), unless (on the versions that leak it) the response was shown alone before: then it stays
 * listed without its certificate.
 */
public final class OcspStapling {

    private static final Logger LOG = LoggerFactory.getLogger(OcspStapling.class);

    /**
     * A stapled response.
     *
     * @param id          its certificate's ID, its key
     * @param certificate the certificate's name, which the list shows
     * @param response    the response, DER
     * @param current     whether the certificate still holds it: false once a commit replaced the certificate
     * @param shown       whether it was shown alone, which on some versions keeps it for good
     */
    public record Stapled(OcspCertificateId id, String certificate, byte[] response, boolean current, boolean shown) {

        public Stapled {
            response = response.clone();
        }

        @Override
        public byte[] response() {
            return response.clone();
        }
    }

    private final TreeMap<OcspCertificateId, Stapled> byId = new TreeMap<>();

    /** The responses beside the certificates {@code served} names, read at {@code now}. */
    static OcspStapling load(CertificateStore certificates, Collection<String> served, Instant now) {
        OcspStapling stapling = new OcspStapling();
        for (String name : served) {
            Path file = Path.of(name + ".ocsp");
            Optional<StoredCertificate> certificate = certificates.find(name);
            if (certificate.isEmpty() || !Files.isRegularFile(file)) {
                continue;
            }
            Optional<OcspCertificateId> id = idOf(certificate.get().parts());
            try {
                byte[] response = Files.readAllBytes(file);
                if (id.isPresent() && OcspResponses.refusal(response, now).isEmpty()
                        && id.get().equals(OcspResponses.certificateId(response))) {
                    stapling.byId.putIfAbsent(id.get(), new Stapled(id.get(), name, response, true, false));
                } else {
                    LOG.debug("{} not stapled: not a current response about {} from its issuer", file, name);
                }
            } catch (IOException e) {
                LOG.debug("{} not read: {}", file, e.toString());
            }
        }
        return stapling;
    }

    /** The ID HAProxy files a certificate's response under: with its issuer, found in its chain. */
    private static Optional<OcspCertificateId> idOf(CertificateParts parts) {
        if (parts.leaf() == null) {
            return Optional.empty();
        }
        for (X509Certificate candidate : parts.chain()) {
            if (candidate.getSubjectX500Principal().equals(parts.leaf().getIssuerX500Principal())) {
                return Optional.of(OcspCertificateId.of(parts.leaf(), candidate));
            }
        }
        return Optional.empty();
    }

    public synchronized List<Stapled> all() {
        return List.copyOf(byId.values());
    }

    public synchronized Optional<Stapled> find(OcspCertificateId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The response a certificate holds, if any. */
    public synchronized Optional<Stapled> ofCertificate(String name) {
        return byId.values().stream().filter(stapled -> stapled.current() && stapled.certificate().equals(name))
                .findFirst();
    }

    /** Replaces the response filed under {@code id}; false when none is. */
    public synchronized boolean replace(OcspCertificateId id, byte[] response) {
        Stapled known = byId.get(id);
        if (known == null) {
            return false;
        }
        byId.put(id, new Stapled(id, known.certificate(), response, known.current(), known.shown()));
        return true;
    }

    /** {@code show ssl ocsp-response <id|path>} showed the response filed under {@code id}. */
    public synchronized void shown(OcspCertificateId id) {
        byId.computeIfPresent(id, (key, stapled) -> new Stapled(key, stapled.certificate(), stapled.response(),
                stapled.current(), true));
    }

    /**
     * The certificate no longer holds its response (a commit replaced it, or it was deleted): dropped, or kept listed
     * without its certificate when it was shown alone and {@code shownStay}.
     */
    public synchronized void released(String certificate, boolean shownStay) {
        byId.values().removeIf(stapled -> stapled.certificate().equals(certificate)
                && !(shownStay && stapled.shown()));
        byId.replaceAll((id, stapled) -> stapled.certificate().equals(certificate)
                ? new Stapled(id, certificate, stapled.response(), false, true) : stapled);
    }
}
