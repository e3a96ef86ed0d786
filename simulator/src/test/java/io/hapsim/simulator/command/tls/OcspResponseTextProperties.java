package io.hapsim.simulator.command.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.hapsim.simulator.state.tls.DamagedDer;
import io.hapsim.simulator.version.TlsCli;
import io.hapsim.simulator.version.VersionProfiles;
import java.io.IOException;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Whatever DER a transaction carries as an OCSP response, its text is printed or nothing is, never an exception: the
 * fixture response (which carries a certificate) damaged at a random place, cut, or repeated; and the answer never
 * holds an empty line.
 */
class OcspResponseTextProperties {

    private static final TlsCli TLS = VersionProfiles.get("3.0").tlsCli();

    @Test
    void aDamagedResponsePrintsOrPrintsNothing() throws IOException {
        byte[] response = Base64.getMimeDecoder().decode(CertificateTransactionTest.fixture("next-ocsp.b64"));
        qt().withFixedSeed(20261207L).withExamples(3000)
                .forAll(integers().between(0, response.length - 1), integers().between(0, 2),
                        integers().between(0, 255), integers().between(1, 300))
                .checkAssert((at, how, value, length) -> assertThat(
                        OcspResponseText.answer(DamagedDer.of(response, at, how, value, length), 16384, TLS))
                        .doesNotContain("\n\n"));
    }
}
