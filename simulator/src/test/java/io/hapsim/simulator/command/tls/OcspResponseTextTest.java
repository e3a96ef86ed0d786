package io.hapsim.simulator.command.tls;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.version.TlsCli;
import io.hapsim.simulator.version.VersionProfiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * An OCSP response's text as OpenSSL prints it: the fixture response (about {@code next.crt}, signed with its key,
 * carrying it) against what {@code openssl ocsp -resp_text} printed of it (OpenSSL 3.0.19, the library of the 2.6
 * build); and what HAProxy makes of the text.
 */
class OcspResponseTextTest {

    private static final byte[] RESPONSE = response();
    /** 2.6's build prints with OpenSSL 3.0, as the fixture's text was printed. */
    private static final TlsCli TLS = VersionProfiles.get("2.6").tlsCli();

    @Test
    void aResponsePrintsAsOpenSslPrintsIt() throws IOException {
        assertThat(OcspResponseText.of(RESPONSE, TLS)).contains(CertificateTransactionTest.fixture("next-ocsp.txt"));
    }

    @Test
    void haproxyPutsASpaceOnEachEmptyLineAndCutsTheTextAtItsBuffer() {
        String answer = OcspResponseText.answer(RESPONSE, 16384, TLS);

        assertThat(answer).contains("Next Update: Dec 14 21:24:44 2026 GMT\n \n    Response Extensions:\n")
                .doesNotContain("\n\n");
        assertThat(OcspResponseText.answer(RESPONSE, 101, TLS)).hasSize(100);
    }

    @Test
    void whatOpenSslCannotReadPrintsNothing() {
        assertThat(OcspResponseText.of("not DER".getBytes(StandardCharsets.US_ASCII), TLS)).isEmpty();
        assertThat(OcspResponseText.of(new byte[0], TLS)).isEmpty();
        assertThat(OcspResponseText.answer(new byte[] {0x30, 0x03, 0x0a, 0x01, 0x03}, 16384, TLS))
                .as("a status alone").isEqualTo("OCSP Response Data:\n    OCSP Response Status: trylater (0x3)\n");
    }

    private static byte[] response() {
        try {
            return Base64.getMimeDecoder().decode(CertificateTransactionTest.fixture("next-ocsp.b64"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
