package io.hapsim.simulator.state.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hapsim.simulator.state.tls.PemException.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PEM text read as HAProxy's loaders read it (fixtures made with {@code openssl}, valid for a century): the first
 * certificate is the leaf wherever the key is, later ones its chain; keys in their three encodings; CRLF line ends
 * read as line feeds; and OpenSSL's reasons for what it refuses.
 */
class PemPartsTest {

    static String fixture(String name) {
        try (InputStream in = PemPartsTest.class.getResourceAsStream("/io/hapsim/simulator/command/tls/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theFirstCertificateIsTheLeafAndTheOthersItsChainWhereverTheKeyIs() throws Exception {
        CertificateParts parts = PemParts.certificate(fixture("next.key") + fixture("next.crt") + fixture("ca.pem"));

        assertThat(parts.leaf().getSerialNumber()).isEqualTo(BigInteger.valueOf(200));
        assertThat(parts.chain()).hasSize(1);
        assertThat(parts.chain().get(0).getSubjectX500Principal().getName()).isEqualTo("CN=hapsim fixture CA");
        assertThat(parts.keyMatchesLeaf()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"next.key", "next-sec1.key"})
    void anEcKeyIsReadInPkcs8AndSec1(String key) throws Exception {
        CertificateParts parts = PemParts.certificate(fixture("next.crt")).withKey(PemParts.key(fixture(key)));

        assertThat(parts.keyMatchesLeaf()).isTrue();
    }

    @Test
    void anRsaKeyIsReadInPkcs1AndAnotherCertificatesKeyDoesNotMatch() throws Exception {
        CertificateParts rsa = PemParts.certificate(fixture("rsa.crt") + fixture("rsa-pkcs1.key"));

        assertThat(rsa.keyMatchesLeaf()).isTrue();
        assertThat(rsa.withKey(PemParts.key(fixture("next.key"))).keyMatchesLeaf()).isFalse();
        assertThat(PemParts.certificate(fixture("next.crt")).keyMatchesLeaf()).as("no key").isFalse();
    }

    @Test
    void crlfLineEndsReadAsLineFeeds() throws Exception {
        String pem = fixture("next.crt") + fixture("next.key") + fixture("ca.pem");

        CertificateParts parts = PemParts.certificate(pem.replace("\n", "\r\n"));

        assertThat(parts.chain()).hasSize(1);
        assertThat(parts.keyMatchesLeaf()).isTrue();
    }

    @Test
    void refusalsGiveOpenSslsReasons() {
        assertThatThrownBy(() -> PemParts.certificate("garbage\n" + fixture("next.key")))
                .isInstanceOfSatisfying(PemException.class, e -> assertReason(e, Part.CERTIFICATE, "no start line"));
        assertThatThrownBy(() -> PemParts.certificate(fixture("next.crt").replaceFirst("MII", "MIX")))
                .isInstanceOfSatisfying(PemException.class, e -> assertReason(e, Part.CERTIFICATE, "too long"));
        assertThatThrownBy(() -> PemParts.certificate(fixture("next.crt") + brokenCa()))
                .isInstanceOfSatisfying(PemException.class, e -> assertReason(e, Part.CHAIN, "bad base64 decode"));
        assertThatThrownBy(() -> PemParts.key(fixture("next.crt")))
                .isInstanceOfSatisfying(PemException.class, e -> assertThat(e.part()).isEqualTo(Part.KEY));
    }

    @Test
    void brokenBase64EndsTheChainWhere2xTookItForTheEnd() throws Exception {
        CertificateParts parts = PemParts.certificate(fixture("next.crt") + fixture("ca.pem") + brokenCa(), true);

        assertThat(parts.chain()).hasSize(1);
    }

    private static String brokenCa() {
        String[] lines = fixture("ca.pem").split("\n", -1);
        lines[2] = "!" + lines[2].substring(1);
        return String.join("\n", lines);
    }

    private static void assertReason(PemException e, Part part, String reason) {
        assertThat(e.part()).isEqualTo(part);
        assertThat(e.reason()).isEqualTo(reason);
    }
}
