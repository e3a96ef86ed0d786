package io.hapsim.client.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hapsim.client.CliAddress;
import io.hapsim.client.CliOptions;
import io.hapsim.client.HaproxyCli;
import io.hapsim.client.error.CertificateRejectedException;
import io.hapsim.client.error.CertificateUpdateException;
import io.hapsim.client.error.CertificateUpdateException.Phase;
import io.hapsim.client.error.UnknownCertificateException;
import io.hapsim.client.testing.Instances;
import io.hapsim.conformance.info.ConfiguredInstance;
import io.hapsim.conformance.tls.TestCertificates;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Certificates replaced through the client, on the simulator and on real HAProxy (2.6, 3.0, 3.2, 3.4; required in CI,
 * skipped loudly elsewhere), serving {@code site.pem} on two {@code bind} lines: the
 * whole chain goes live, also from a PEM with an empty line before its chain and CRLF line ends (which HAProxy would
 * truncate, or wait on forever); a key of another certificate, an unknown file and someone else's transaction each
 * fail before anything is committed, leaving the old certificate live and no transaction behind.
 */
class CertificatesClientTest {

    @TempDir
    static Path pki;

    private static TestCertificates certs;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeCertificates() throws Exception {
        certs = TestCertificates.in(pki);
        certs.leaf("site", "ec", "/CN=site.example", "100", "subjectAltName=DNS:site.example");
        certs.write("site.pem", certs.joined("site.crt", "site.key", "ca.pem"));
        certs.leaf("next", "ec", "/CN=next.example", "4097", "subjectAltName=DNS:next.example");
        certs.leaf("other", "rsa:2048", "/CN=other.example", "300", null);
        certs.leaf("big", "rsa:2048", "/CN=big.example", "4098", null);
        for (String name : List.of("zeta", "third", "fourth", "fifth", "sixth", "seventh")) {
            certs.authority(name, "ec", "/O=" + name + "/CN=" + name + " CA", "77");
        }
    }

    /** Every simulator profile with TLS commands, then every real version. */
    static Stream<String> targets() {
        return Stream.concat(Stream.of("2.6", "3.0", "3.1", "3.2", "3.3", "3.4").map(v -> "sim " + v),
                Instances.REAL.stream().map(v -> "real " + v));
    }

    private ConfiguredInstance start(String target) throws Exception {
        return start(target, "    tune.bufsize 16384");
    }

    private ConfiguredInstance start(String target, String global) throws Exception {
        return start(target, global, "");
    }

    /** Two bind lines serve site.pem, each with {@code bindOptions} after its certificate. */
    private ConfiguredInstance start(String target, String global, String bindOptions) throws Exception {
        String version = target.substring(target.indexOf(' ') + 1);
        Path socket = dir.resolve("admin.sock");
        Path config = ConfiguredInstance.configWith(socket, "global", global,
                "frontend fe1", "    bind unix@" + dir.resolve("fe1.sock") + " ssl crt " + site() + bindOptions,
                "    default_backend be", "frontend fe2", "    bind unix@" + dir.resolve("fe2.sock") + " ssl crt "
                        + site() + bindOptions, "    default_backend be", "backend be", "    server s1 127.0.0.1:1");
        if (target.startsWith("sim ")) {
            return ConfiguredInstance.simulated(version, config);
        }
        Instances.requireReal(version);
        return ConfiguredInstance.real(version, config, socket);
    }

    private HaproxyCli cli() {
        return HaproxyCli.of(CliAddress.parse(dir.resolve("admin.sock").toString()));
    }

    private static String site() {
        return certs.dir().resolve("site.pem").toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void theWholeChainGoesLiveEvenFromAPemHaproxyWouldTruncate(String target) throws Exception {
        try (ConfiguredInstance haproxy = start(target)) {
            String pem = certs.joined("next.crt", "next.key") + "\n" + certs.joined("ca.pem");

            CertificateReplaced live = cli().certificates().replace(site(), pem.replace("\n", "\r\n"));

            assertThat(live).isEqualTo(new CertificateReplaced(site(), "1001", 1, 2, List.of()));
            String shown = cli().execute("show ssl cert " + site());
            assertThat(shown).contains("Serial: 1001\n", "Subject: /CN=next.example\n",
                    "Chain Subject: /CN=hapsim test CA\n");
            assertThat(cli().certificates().transaction()).isEmpty();
            assertThat(cli().certificates().list()).containsExactly(site());
        }
    }

    /**
     * A certificate replaced with its OCSP response gets it stapled (its ID shown, the response listed); one about
     * another certificate goes live without it, which 3.0+ warn of; without its issuer in the chain the commit fails
     * and the old certificate stays live.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void anOcspResponseIsStapledWithTheCertificateOrTheCommitSaysWhyNot(String target) throws Exception {
        byte[] response = Base64.getDecoder().decode(certs.ocspResponse(List.of("next.crt"), List.of("next.crt")));
        try (ConfiguredInstance haproxy = start(target)) {
            CertificateReplaced stapled = cli().certificates().replace(site(),
                    certs.joined("next.crt", "next.key", "ca.pem"), response);

            assertThat(stapled).isEqualTo(new CertificateReplaced(site(), "1001", 1, 2, List.of()));
            assertThat(cli().execute("show ssl cert " + site())).containsPattern("OCSP Response Key: 30[0-9a-f]+\n");
            assertThat(cli().execute("show ssl ocsp-response")).contains("Serial Number: 1001\n");

            CertificateReplaced ignored = cli().certificates().replace(site(),
                    certs.joined("other.crt", "other.key", "ca.pem"), response);

            boolean warns = !target.endsWith("2.6");
            assertThat(ignored.warnings()).isEqualTo(warns ? List.of("Loading: OCSP single response: Certificate ID"
                    + " does not match certificate and issuer. Content will be ignored.") : List.of());
            assertThat(cli().execute("show ssl cert " + site())).contains("Subject: /CN=other.example\n");

            assertThatThrownBy(() -> cli().certificates().replace(site(), certs.joined("next.crt", "next.key"),
                    response)).isInstanceOfSatisfying(CertificateUpdateException.class,
                            e -> assertThat(e.getMessage()).contains("impossible to compute the OCSP certificate ID"));
            assertThat(cli().execute("show ssl cert " + site())).contains("Subject: /CN=other.example\n");
            assertThat(cli().certificates().transaction()).isEmpty();
        }
    }

    /**
     * Once a CA file is committed, builds before 3.2's (haproxy/haproxy#3165) commit a certificate without rebuilding
     * the bind lines that serve it: the replacement says it rebuilt none, and the certificate still shows
     * {@code Unused}; 3.2's and later rebuild both.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void aCommitAfterACaCommitRebuildsNothingOnOldBuilds(String target) throws Exception {
        String ca = certs.dir().resolve("ca.pem").toString();
        String checkingClients = " ca-file " + ca + " verify optional";
        try (ConfiguredInstance haproxy = start(target, "    tune.bufsize 16384", checkingClients)) {
            cli().execute("set ssl ca-file " + ca + " <<", certs.joined("ca.pem"));
            assertThat(cli().execute("commit ssl ca-file " + ca)).contains("Success!");
            boolean oldBuild = target.substring(target.indexOf(' ') + 1).compareTo("3.2") < 0;

            CertificateReplaced replaced = cli().certificates().replace(site(),
                    certs.joined("next.crt", "next.key", "ca.pem"));

            assertThat(replaced).isEqualTo(new CertificateReplaced(site(), "1001", 1, oldBuild ? 0 : 2, List.of()));
            assertThat(cli().execute("show ssl cert " + site()))
                    .contains(oldBuild ? "Status: Unused\n" : "Status: Used\n");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void aKeyOfAnotherCertificateIsRefusedAndTheOldOneStaysLive(String target) throws Exception {
        try (ConfiguredInstance haproxy = start(target)) {
            String pem = certs.joined("next.crt", "other.key", "ca.pem");

            assertThatThrownBy(() -> cli().certificates().replace(site(), pem))
                    .isInstanceOfSatisfying(CertificateUpdateException.class,
                            e -> assertThat(e.phase()).isEqualTo(Phase.COMMIT))
                    .hasCauseInstanceOf(CertificateRejectedException.class);
            assertThat(cli().execute("show ssl cert " + site())).contains("Serial: 64\n");
            assertThat(cli().certificates().transaction()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void aFileHaproxyDoesNotHaveIsRefused(String target) throws Exception {
        try (ConfiguredInstance haproxy = start(target)) {
            String missing = certs.dir().resolve("missing.pem").toString();

            assertThatThrownBy(() -> cli().certificates().replace(missing, certs.joined("next.crt", "next.key")))
                    .isInstanceOfSatisfying(CertificateUpdateException.class,
                            e -> assertThat(e.phase()).isEqualTo(Phase.UPLOAD))
                    .hasCauseInstanceOf(UnknownCertificateException.class);
            assertThat(cli().certificates().transaction()).isEmpty();
        }
    }

    /** 2.6 would fold the payload into the other file's transaction: the client does not send it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void someoneElsesTransactionIsLeftAlone(String target) throws Exception {
        try (ConfiguredInstance haproxy = start(target)) {
            String added = certs.dir().resolve("added.pem").toString();
            cli().execute("new ssl cert " + added);
            cli().execute("set ssl cert " + added + " <<", certs.joined("other.crt", "other.key"));

            assertThatThrownBy(() -> cli().certificates().replace(site(), certs.joined("next.crt", "next.key")))
                    .isInstanceOfSatisfying(CertificateUpdateException.class,
                            e -> assertThat(e.phase()).isEqualTo(Phase.CHECK))
                    .hasMessageContaining("a transaction on " + added + " is under way");
            assertThat(cli().certificates().transaction()).contains(added);
            assertThat(cli().execute("show ssl cert *" + added)).contains("Subject: /CN=other.example\n");
        }
    }

    /**
     * With a 4 kB buffer, a leaf, four CAs and an RSA key do not fit in one payload before 3.4: the certificates go
     * first, then the key on its own; a chain that alone does not fit is refused before anything is sent. 3.4's
     * payloads have a limit of their own: it takes each in one.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void aBundleBiggerThanTheBufferGoesAsTwoPayloads(String target) throws Exception {
        try (ConfiguredInstance haproxy = start(target, "    tune.bufsize 4096")) {
            HaproxyCli small = cli().withOptions(CliOptions.defaults().bufferSize(4096));
            String chain = certs.joined("ca.pem", "zeta.pem", "third.pem", "fourth.pem");
            String pem = certs.joined("big.crt") + chain + certs.joined("big.key");
            assertThat(pem.length()).as("bigger than a payload of 4 kB").isGreaterThan(4096);

            assertThat(small.certificates().replace(site(), pem))
                    .isEqualTo(new CertificateReplaced(site(), "1002", 4, 2, List.of()));
            assertThat(small.execute("show ssl cert " + site())).contains("Subject: /CN=big.example\n",
                    "Chain Subject: /O=fourth/CN=fourth CA\n");

            String longer = certs.joined("big.crt") + chain + certs.joined("fifth.pem", "sixth.pem", "seventh.pem")
                    + certs.joined("big.key");
            if (target.endsWith("3.4")) {
                assertThat(small.certificates().replace(site(), longer).chainLength()).isEqualTo(7);
            } else {
                assertThatThrownBy(() -> small.certificates().replace(site(), longer))
                        .isInstanceOf(UnusablePemException.class).hasMessageContaining("tune.bufsize 4096");
                assertThat(small.execute("show ssl cert " + site())).doesNotContain("Chain Subject: /O=fifth");
            }
            assertThat(small.certificates().transaction()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"no key", "two keys", "encrypted"})
    void aPemHaproxyCouldNotUseIsRefusedBeforeSending(String problem) throws Exception {
        String pem = switch (problem) {
            case "no key" -> certs.joined("next.crt", "ca.pem");
            case "two keys" -> certs.joined("next.crt", "next.key", "other.key");
            default -> certs.joined("next.crt") + "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n"
                    + "-----END ENCRYPTED PRIVATE KEY-----\n";
        };
        assertThatThrownBy(() -> PemBundle.of(pem)).isInstanceOf(UnusablePemException.class);
    }
}
