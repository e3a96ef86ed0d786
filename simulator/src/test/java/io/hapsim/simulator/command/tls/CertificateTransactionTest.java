package io.hapsim.simulator.command.tls;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.RawClient;
import io.hapsim.simulator.Simulator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Certificate transactions on the profiles, including those no real binary runs here (3.1 and 3.3 from their
 * sources); the live differential compares 2.6, 3.0, 3.2 and 3.4 with real HAProxy. Fixtures valid for a century.
 */
class CertificateTransactionTest {

    @TempDir
    Path dir;

    private String site;

    @BeforeEach
    void copySite() throws IOException {
        site = Files.writeString(dir.resolve("site.pem"), fixture("site.pem")).toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "3.1|The transaction must contain at least a certificate and a private key!\\nCan't commit SITE!\\n",
        // 3.3 prints a bind line's dot before rebuilding it (its source), 3.4 once it is rebuilt (measured)
        "3.3|Committing SITE.\\nunable to load SSL private key into SSL Context 'SITE': passed a null parameter.\\n"
                + "Failed!\\n",
        "3.4|Committing SITE\\nunable to load SSL private key into SSL Context 'SITE': passed a null parameter.\\n"
                + "Failed!\\n"})
    void aCertificateWithoutKeyIsRefusedAtTheCommitOrFailsIt(String version, String refusal) throws Exception {
        try (Simulator sim = start(version)) {
            assertThat(ask(set(site, fixture("next.crt"))))
                    .isEqualTo("Transaction created for certificate " + site + "!\n\n");

            assertThat(ask("commit ssl cert " + site)).isEqualTo(refusal.replace("\\n", "\n").replace("SITE", site)
                    + "\n");
            assertThat(ask("show ssl cert")).as("3.3+ end the transaction")
                    .startsWith(version.equals("3.1") ? "# transaction\n" : "# filename\n");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"3.1", "3.3"})
    void aNewCertificateGoesLiveWithEachBindLineRebuilt(String version) throws Exception {
        try (Simulator sim = start(version)) {
            ask(set(site, fixture("next.crt") + fixture("next-sec1.key") + fixture("ca.pem")));

            assertThat(ask("commit ssl cert " + site)).isEqualTo("Committing " + site + "..\nSuccess!\n\n");
            assertThat(ask("show ssl cert " + site)).contains("Status: Used\nSerial: C8\n",
                    "notAfter: Nov 13 11:36:06 2126 GMT\n", "Chain Subject: /CN=hapsim fixture CA\n");
        }
    }

    /** 2.x writes two refusals of del ssl cert with their two line feeds; 3.0+ end every message with one. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"2.6,3", "3.1,2"})
    void aMessageEndsWithOneLineFeedFrom30(String version, int lineFeeds) throws Exception {
        try (Simulator sim = start(version)) {
            assertThat(ask("del ssl cert " + site))
                    .isEqualTo("Can't remove the certificate: certificate '" + site + "' in use, can't be deleted!"
                            + "\n".repeat(lineFeeds));
        }
    }

    /** 2.4 to 2.8 fold a payload for another file into the ongoing transaction. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"2.6,Transaction updated for certificate ADDED!", "3.1,The ongoing transaction is about 'ADDED' but"
            + " you are trying to set 'SITE'\\nCan't update SITE!"})
    void aPayloadForAnotherFileJoinsTheTransactionOnlyUpTo28(String version, String answer) throws Exception {
        try (Simulator sim = start(version)) {
            String added = dir.resolve("added.pem").toString();
            ask("new ssl cert " + added);
            ask(set(added, fixture("next.crt") + fixture("next.key")));

            assertThat(ask(set(site, fixture("rsa.crt") + fixture("rsa-pkcs1.key"))))
                    .isEqualTo(answer.replace("\\n", "\n").replace("ADDED", added).replace("SITE", site) + "\n\n");
        }
    }

    private Simulator start(String version) {
        String config = "global\n    stats socket " + dir.resolve("admin.sock") + " level admin\n"
                + "frontend fe1\n    bind unix@" + dir.resolve("fe1.sock") + " ssl crt " + site + "\n"
                + "frontend fe2\n    bind unix@" + dir.resolve("fe2.sock") + " ssl crt " + site + "\n";
        return Simulator.builder().version(version).config(config).log(line -> { }).start();
    }

    private String ask(String command) throws Exception {
        try (RawClient client = RawClient.unix(dir.resolve("admin.sock"))) {
            client.send(command + "\n");
            return client.finish(Duration.ofSeconds(5)).received();
        }
    }

    private static String set(String file, String payload) {
        return "set ssl cert " + file + " <<\n" + payload;
    }

    /** A file of this package's test resources. */
    static String fixture(String name) throws IOException {
        try (InputStream in = CertificateTransactionTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
