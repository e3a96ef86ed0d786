package io.hapsim.simulator.state.tls;

import io.hapsim.simulator.config.ConfigException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The OCSP responses a process staples, in HAProxy's order (by certificate ID). A certificate a {@code bind} line
 * serves is stapled when its store has a response ({@code <file>.ocsp}, or a {@code .ocsp} payload) or the ID of
 * one, and an issuer (in its chain, or given apart): its ID is filed, with the response when that is current and about
 * it; otherwise the response is ignored, with a warning. {@code set ssl ocsp-response} replaces a response. A commit
 * that files another ID for the certificate (or none), or a deletion, releases its entry: dropped, unless (on the
 * versions that leak it) it was shown alone before: then it stays listed without its certificate.
 */
public final class OcspStapling {

    private static final String MISMATCH = "OCSP single response: Certificate ID does not match certificate and issuer";

    /**
     * A filed response.
     *
     * @param id          its certificate's ID, its key
     * @param certificate the name of the certificate that filed it, which the list shows
     * @param response    the response, DER; empty when none was current and about the certificate
     * @param current     whether the certificate still holds it: false once released
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

    /**
     * What stapling a store's parts did.
     *
     * @param parts   the store's parts after it: the response consumed, the ID kept (2.8+), or unchanged (2.4, 2.6)
     * @param warning why the response was ignored, as HAProxy warns of it, if it was
     * @param failed  whether it failed: a response but no issuer to compute its ID with
     */
    public record Load(CertificateParts parts, Optional<String> warning, boolean failed) {
    }

    private final TreeMap<OcspCertificateId, Stapled> byId = new TreeMap<>();
    private final boolean storesKeepResponses;
    private final boolean shownStay;

    /**
     * {@code storesKeepResponses}: a store keeps its response once stapled, and no ID (2.4, 2.6); {@code shownStay}:
     * a response once shown alone is never released (2.8+).
     */
    public OcspStapling(boolean storesKeepResponses, boolean shownStay) {
        this.storesKeepResponses = storesKeepResponses;
        this.shownStay = shownStay;
    }

    /**
     * Why an instance of the certificate {@code name} cannot be built, in HAProxy's words (from a space, to a line
     * feed): it has an OCSP response but no issuer to compute its certificate ID with.
     */
    public static String withoutIssuer(String name) {
        return " '" + name + ".ocsp' is present and activates OCSP but it is impossible to compute the OCSP"
                + " certificate ID (maybe the issuer could not be found)'.\n";
    }

    /**
     * Staples an instance of the certificate {@code name} of {@code bind} as the process starts, at {@code now}: what
     * HAProxy warns of, if anything (an instance after the first finds the response consumed, but on 2.4 and 2.6,
     * which keep it).
     *
     * @throws ConfigException the certificate has a response but no issuer: HAProxy refuses the configuration
     */
    Optional<String> stapleAtStart(CertificateStore certificates, ServingBind bind, String name, Instant now) {
        Optional<StoredCertificate> certificate = certificates.find(name);
        if (certificate.isEmpty()) {
            return Optional.empty();
        }
        Load load = staple(name, certificate.get().parts(), now);
        if (load.failed()) {
            throw new ConfigException(bind.alert(withoutIssuer(name).stripTrailing()));
        }
        certificates.stapled(name, load.parts());
        return load.warning();
    }

    /**
     * Staples what {@code parts} hold for OCSP to the instances of the certificate {@code name}, at {@code now}, as a
     * start or a commit does; the entry the certificate held before is released when it files another ID, or none.
     */
    public synchronized Load staple(String name, CertificateParts parts, Instant now) {
        OcspParts ocsp = parts.ocsp();
        Optional<Stapled> before = ofCertificate(name);
        if (parts.leaf() == null || (ocsp.response() == null && ocsp.certificateId() == null)) {
            before.ifPresent(this::release);
            return new Load(parts, Optional.empty(), false);
        }
        X509Certificate issuer = parts.chainIssuer() != null ? parts.chainIssuer() : ocsp.issuer();
        if (issuer == null) {
            return new Load(parts, Optional.empty(), true);
        }
        OcspCertificateId id = ocsp.certificateId() != null ? ocsp.certificateId()
                : OcspCertificateId.of(parts.leaf(), issuer);
        Stapled filed = byId.get(id);
        byId.put(id, filed == null ? new Stapled(id, name, new byte[0], true, false)
                : new Stapled(id, filed.certificate(), filed.response(), true, filed.shown()));
        Optional<String> warning = Optional.empty();
        byte[] response = ocsp.response();
        if (response != null) {
            Optional<String> refusal = OcspResponses.refusal(response, now);
            if (refusal.isEmpty() && !OcspResponses.certificateId(response).equals(Optional.of(id))) {
                refusal = Optional.of(MISMATCH);
            }
            if (refusal.isEmpty()) {
                replace(id, response);
            }
            warning = refusal.map(reason -> "Loading: " + reason + ". Content will be ignored.\n");
        }
        before.filter(held -> !held.id().equals(id)).ifPresent(this::release);
        OcspParts after = storesKeepResponses ? ocsp : new OcspParts(null, ocsp.issuer(), id);
        return new Load(parts.withOcsp(after), warning, false);
    }

    /**
     * The ID a certificate's details show ({@code OCSP Response Key}), and its OCSP response is looked for under:
     * that of its response on the versions that keep it (when it parses), else the ID it was stapled with.
     */
    public Optional<OcspCertificateId> idShown(CertificateParts parts) {
        if (!storesKeepResponses) {
            return Optional.ofNullable(parts.ocsp().certificateId());
        }
        byte[] response = parts.ocsp().response();
        return response == null ? Optional.empty() : OcspResponses.certificateId(response);
    }

    public synchronized List<Stapled> all() {
        return List.copyOf(byId.values());
    }

    public synchronized Optional<Stapled> find(OcspCertificateId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entry a certificate holds, if any. */
    private Optional<Stapled> ofCertificate(String name) {
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

    /** The certificate no longer holds its response: it was deleted. */
    public synchronized void released(String certificate) {
        ofCertificate(certificate).ifPresent(this::release);
    }

    /** Drops an entry, or keeps it listed without its certificate when it was shown alone and shown ones stay. */
    private void release(Stapled held) {
        if (shownStay && held.shown()) {
            byId.put(held.id(), new Stapled(held.id(), held.certificate(), held.response(), false, true));
        } else {
            byId.remove(held.id());
        }
    }
}
