package io.hapsim.simulator.state.tls;

import java.security.cert.X509Certificate;

/**
 * What a certificate store holds for OCSP stapling besides its certificate: a response not yet stapled (read from
 * {@code <file>.ocsp}, or given by a {@code .ocsp} payload), an issuer given apart ({@code .issuer}), and the ID its
 * response is filed under once stapled. Stapling consumes the response on 2.8+, which keep the ID; 2.4 and 2.6 keep
 * the response and no ID ({@link OcspStapling}).
 *
 * @param response      the response, DER, or {@code null}
 * @param issuer        the issuer given apart, or {@code null}
 * @param certificateId the ID of the response stapled, or {@code null}
 */
public record OcspParts(byte[] response, X509Certificate issuer, OcspCertificateId certificateId) {

    public static final OcspParts NONE = new OcspParts(null, null, null);

    public OcspParts {
        response = response == null ? null : response.clone();
    }

    @Override
    public byte[] response() {
        return response == null ? null : response.clone();
    }

    /** A {@code .ocsp} payload: the response replaced, the ID kept. */
    public OcspParts withResponse(byte[] newResponse) {
        return new OcspParts(newResponse, issuer, certificateId);
    }

    /** An {@code .issuer} payload: the issuer replaced, the ID forgotten until the next stapling. */
    public OcspParts withIssuer(X509Certificate newIssuer) {
        return new OcspParts(response, newIssuer, null);
    }

    /** A new key: the ID forgotten until the next stapling, the response and issuer kept. */
    public OcspParts withoutCertificateId() {
        return new OcspParts(response, issuer, null);
    }
}
