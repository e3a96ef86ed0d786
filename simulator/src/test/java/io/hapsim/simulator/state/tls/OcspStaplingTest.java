package io.hapsim.simulator.state.tls;

import static io.hapsim.simulator.state.tls.PemPartsTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * How a certificate's OCSP response is stapled, as HAProxy files it: under the ID of the certificate and its issuer,
 * with the response only when it is current and about that certificate (else a warning, HAProxy's words, and the ID
 * filed without it); failing without an issuer; what the store keeps on each side of 2.8; and when an entry is
 * released. The response is a fixture {@code openssl ocsp} made about {@code next.crt}, produced 2026-12-07 21:24:44
 * and good for a week; the tests read it at dates of their own.
 */
class OcspStaplingTest {

    private static final byte[] RESPONSE = Base64.getMimeDecoder().decode(fixture("next-ocsp.b64"));
    private static final Instant PRODUCED = Instant.parse("2026-12-07T21:24:44Z");
    private static final Instant NOW = PRODUCED.plusSeconds(60);

    private final OcspStapling consumingResponses = new OcspStapling(false, true);
    private final OcspStapling keepingResponses = new OcspStapling(true, false);

    @Test
    void aCurrentResponseAboutTheLeafIsFiledUnderItsIdWithItsIssuerFromTheChain() throws Exception {
        CertificateParts next = withResponse(PemParts.certificate(fixture("next.crt") + fixture("ca.pem")));
        OcspCertificateId id = OcspCertificateId.of(next.leaf(), next.chainIssuer());

        OcspStapling.Load load = consumingResponses.staple("next.pem", next, NOW);

        assertThat(load.failed()).isFalse();
        assertThat(load.warning()).isEmpty();
        assertThat(consumingResponses.find(id)).hasValueSatisfying(filed -> {
            assertThat(filed.certificate()).isEqualTo("next.pem");
            assertThat(filed.response()).isEqualTo(RESPONSE);
        });
        assertThat(load.parts().ocsp().response()).as("2.8+ consume it").isNull();
        assertThat(load.parts().ocsp().certificateId()).isEqualTo(id);
        assertThat(consumingResponses.idShown(load.parts())).contains(id);
    }

    @Test
    void theVersionsBefore28KeepTheResponseAndShowItsOwnId() throws Exception {
        CertificateParts next = withResponse(PemParts.certificate(fixture("next.crt") + fixture("ca.pem")));

        OcspStapling.Load load = keepingResponses.staple("next.pem", next, NOW);

        assertThat(load.parts().ocsp().response()).isEqualTo(RESPONSE);
        assertThat(load.parts().ocsp().certificateId()).isNull();
        assertThat(keepingResponses.idShown(load.parts()))
                .contains(OcspCertificateId.of(next.leaf(), next.chainIssuer()));
    }

    @Test
    void aResponseAboutAnotherCertificateOrPastItsDatesIsIgnoredWithHaproxysWarning() throws Exception {
        CertificateParts site = withResponse(PemParts.certificate(fixture("site.pem") + fixture("ca.pem")));
        OcspCertificateId siteId = OcspCertificateId.of(site.leaf(), site.chainIssuer());

        assertThat(consumingResponses.staple("site.pem", site, NOW).warning()).contains("Loading: OCSP single"
                + " response: Certificate ID does not match certificate and issuer. Content will be ignored.\n");
        assertThat(consumingResponses.find(siteId)).as("the ID is filed all the same")
                .hasValueSatisfying(filed -> assertThat(filed.response()).isEmpty());

        CertificateParts next = withResponse(PemParts.certificate(fixture("next.crt") + fixture("ca.pem")));
        assertThat(keepingResponses.staple("next.pem", next, PRODUCED.plusSeconds(8 * 86400)).warning())
                .contains("Loading: OCSP single response: no longer valid.. Content will be ignored.\n");
    }

    @Test
    void aResponseWithoutAnIssuerFailsUntilOneIsGivenApart() throws Exception {
        CertificateParts alone = withResponse(PemParts.certificate(fixture("next.crt")));
        X509Certificate ca = PemParts.issuer(fixture("ca.pem"));

        assertThat(consumingResponses.staple("next.pem", alone, NOW).failed()).isTrue();
        assertThat(consumingResponses.all()).isEmpty();

        OcspStapling.Load load = consumingResponses.staple("next.pem",
                alone.withOcsp(alone.ocsp().withIssuer(ca)), NOW);
        assertThat(load.failed()).isFalse();
        assertThat(consumingResponses.find(OcspCertificateId.of(alone.leaf(), ca))).isPresent();
    }

    @Test
    void anotherIdOrNoneReleasesTheEntryButOneShownStaysWhereShownOnesLeak() throws Exception {
        CertificateParts next = withResponse(PemParts.certificate(fixture("next.crt") + fixture("ca.pem")));
        OcspCertificateId id = OcspCertificateId.of(next.leaf(), next.chainIssuer());
        CertificateParts replaced = PemParts.certificate(fixture("site.pem") + fixture("ca.pem"));

        keepingResponses.staple("next.pem", next, NOW);
        keepingResponses.shown(id);
        keepingResponses.staple("next.pem", replaced, NOW);
        assertThat(keepingResponses.all()).as("2.6: released").isEmpty();

        OcspStapling.Load stapled = consumingResponses.staple("next.pem", next, NOW);
        assertThat(consumingResponses.staple("next.pem", stapled.parts(), NOW).warning()).isEmpty();
        assertThat(consumingResponses.find(id)).as("the same ID again: kept").isPresent();
        consumingResponses.shown(id);
        consumingResponses.staple("next.pem", replaced, NOW);
        assertThat(consumingResponses.find(id)).as("shown: it stays, without its certificate")
                .hasValueSatisfying(filed -> assertThat(filed.current()).isFalse());
    }

    private static CertificateParts withResponse(CertificateParts parts) {
        return parts.withOcsp(parts.ocsp().withResponse(RESPONSE));
    }
}
