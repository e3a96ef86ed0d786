package io.hapsim.simulator.state.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/**
 * Whatever a client sends as a certificate payload, reading it ends in parts or in OpenSSL's refusal, never in
 * another exception (which the CLI would answer with "Internal error."): a PEM with a key and a chain, damaged at a
 * random place by a random character, a cut or a repeat.
 */
class PemPartsProperties {

    private static final String PEM = PemPartsTest.fixture("next.crt") + PemPartsTest.fixture("next-sec1.key")
            + PemPartsTest.fixture("ca.pem") + PemPartsTest.fixture("rsa-pkcs1.key");
    private static final String DAMAGE = "!-\n\r A/+=MIX0\u00ff";

    @Test
    void aDamagedPemIsReadOrRefusedWithAReason() {
        qt().withFixedSeed(20261207L).withExamples(2000)
                .forAll(integers().between(0, PEM.length() - 1), integers().between(0, 2),
                        integers().between(0, DAMAGE.length() - 1), integers().between(1, 200))
                .checkAssert((at, how, character, length) -> {
                    String damaged = damage(at, how, DAMAGE.charAt(character), length);
                    for (boolean base64EndsChain : new boolean[] {false, true}) {
                        try {
                            CertificateParts parts = PemParts.certificate(damaged, base64EndsChain);
                            assertThat(parts.leaf()).isNotNull();
                            parts.keyMatchesLeaf();
                        } catch (PemException refused) {
                            assertThat(refused.reason()).isNotBlank();
                        }
                    }
                    try {
                        assertThat(PemParts.key(damaged)).isNotNull();
                    } catch (PemException refused) {
                        assertThat(refused.part()).isEqualTo(PemException.Part.KEY);
                    }
                });
    }

    private static String damage(int at, int how, char character, int length) {
        int end = Math.min(PEM.length(), at + length);
        return switch (how) {
            case 0 -> PEM.substring(0, at) + character + PEM.substring(at + 1);
            case 1 -> PEM.substring(0, at) + PEM.substring(end);
            default -> PEM.substring(0, end) + PEM.substring(at);
        };
    }
}
