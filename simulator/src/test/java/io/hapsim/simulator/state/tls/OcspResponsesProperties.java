package io.hapsim.simulator.state.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whatever a client sends to {@code set ssl ocsp-response}, the checks end in one of HAProxy's refusals or pass with
 * a certificate ID to look for, never in another exception: a real response (made by {@code openssl ocsp}, produced
 * 2026-12-07 15:16:06 and good for a week) damaged at a random place, cut, or repeated; and the real one read at its
 * dates.
 */
class OcspResponsesProperties {

    private static final byte[] RESPONSE = Base64.getMimeDecoder().decode(PemPartsTest.fixture("ocsp-response.b64"));
    private static final Instant PRODUCED = Instant.parse("2026-12-07T15:16:06Z");
    private static final List<String> REFUSALS = List.of("Unable to parse OCSP response",
            "OCSP response status not successful", "Failed to get basic response from OCSP Response",
            "Failed to get OCSP single response", "OCSP single response: certificate status is unknown",
            "OCSP single response: missing nextupdate", "OCSP single response: no longer valid.",
            OcspResponses.NO_CERTIFICATE);

    @Test
    void aResponseWithinItsDatesPassesWithItsCertificateId() {
        assertThat(OcspResponses.refusal(RESPONSE, PRODUCED.plusSeconds(60))).isEmpty();
        assertThat(OcspResponses.certificateId(RESPONSE).orElseThrow().key())
                .startsWith("303a300906052b0e03021a05000414");
        assertThat(OcspResponses.refusal(RESPONSE, PRODUCED.plusSeconds(8 * 86400)))
                .contains("OCSP single response: no longer valid.");
        assertThat(OcspResponses.refusal(RESPONSE, PRODUCED.minusSeconds(3600)))
                .as("produced in the future").contains("OCSP single response: no longer valid.");
    }

    @Test
    void aDamagedResponseIsRefusedInHaproxysWords() {
        qt().withFixedSeed(20261207L).withExamples(3000)
                .forAll(integers().between(0, RESPONSE.length - 1), integers().between(0, 2),
                        integers().between(0, 255), integers().between(1, 300))
                .checkAssert((at, how, value, length) -> assertThat(REFUSALS)
                        .contains(checked(DamagedDer.of(RESPONSE, at, how, value, length))));
    }

    /** The refusal, or for a response that passes, the one of a certificate not stapled once its ID is read. */
    private static String checked(byte[] response) {
        return OcspResponses.refusal(response, PRODUCED.plusSeconds(60)).orElseGet(() -> {
            OcspResponses.certificateId(response).orElseThrow();
            return OcspResponses.NO_CERTIFICATE;
        });
    }
}
