package io.hapsim.conformance.tls;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.OneCommand;
import io.hapsim.conformance.RealHaproxyRequired;
import io.hapsim.conformance.info.ConfiguredInstance;
import io.hapsim.conformance.tls.LiveConversation.Answers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OpenSSL's text of OCSP responses as HAProxy prints it, against real HAProxy, byte for byte: {@code show ssl
 * ocsp-response [text] <id>} and {@code show ssl cert [*]<file>.ocsp}, for a response the CA signs (with its
 * certificate), a revoked one a delegated RSA responder signs (by key ID, with a certificate of many extensions and a
 * long serial), and one without certificates; a transaction's response that is not DER prints nothing.
 */
class OcspTextLiveTest {

  private static final Pattern KEY = Pattern.compile("Certificate ID key : ([0-9a-f]+)");
  private static final String RESPONDER = String.join("\n", "basicConstraints=CA:FALSE",
      "keyUsage=critical,digitalSignature", "extendedKeyUsage=OCSPSigning", "noCheck=ignored",
      "subjectKeyIdentifier=hash", "authorityKeyIdentifier=keyid,issuer:always",
      "subjectAltName=DNS:ocsp.example,IP:10.0.0.1,IP:2001:db8::1,email:ops@example.com,URI:http://ocsp.example/",
      "authorityInfoAccess=OCSP;URI:http://ocsp.example/,caIssuers;URI:http://ca.example/ca.crt",
      "crlDistributionPoints=URI:http://crl.example/ca.crl", "certificatePolicies=2.23.140.1.2.1,@cps",
      "nsComment=hapsim test responder", "[cps]", "policyIdentifier=1.3.6.1.4.1.99999.1",
      "CPS.1=http://cps.example/");

  @TempDir
  Path folder;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void responsesPrintAsRealHaproxyPrintsThem(String version) throws Exception {
    RealHaproxyRequired.require(version, "OpenSSL's text of OCSP responses against real HAProxy " + version);
    TestCertificates certs = TestCertificates.in(folder.resolve("certs"));
    certs.leaf("site", "ec", "/CN=site.example", "100", "subjectAltName=DNS:site.example");
    certs.leaf("listed", "rsa:2048", "/CN=listed.example", "200", null);
    certs.leaf("bare", "ec", "/CN=bare.example", "300", null);
    certs.leaf("responder", "rsa:2048", "/C=US/O=hapsim, Inc./CN=hapsim OCSP responder",
        "0x7f3a9c2e11d04b5a8e6f1c2d3b4a5968", RESPONDER);
    for (String leaf : List.of("site", "listed", "bare")) {
      certs.write(leaf + ".pem", certs.joined(leaf + ".crt", leaf + ".key", "ca.pem"));
    }
    staple(certs, "site.pem", certs.ocspResponse(List.of("site.crt"), List.of("site.crt")));
    staple(certs, "listed.pem", certs.ocspResponse(List.of(), List.of("listed.crt"), List.of("listed.crt"),
        "-rsigner", "responder.crt", "-rkey", "responder.key", "-resp_key_id"));
    staple(certs, "bare.pem", certs.ocspResponse(List.of("bare.crt"), List.of(), List.of("bare.crt"),
        "-resp_no_certs"));
    String aboutSite = certs.ocspResponse(List.of("site.crt"), List.of("site.crt"));

    Answers answers = LiveConversation.onBoth(version, folder, socket -> config(socket, certs),
        socket -> converse(socket, certs, aboutSite));

    assertThat(answers.real()).as("real %s printed the three responses", version)
        .filteredOn(answer -> answer.contains("-> OCSP Response Data:\n")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(String.join("", answers.real())).as("real %s printed the revoked one", version)
        .contains("    Cert Status: revoked\n    Revocation Time: Dec  1 00:00:00 2026 GMT\n"
            + "    Revocation Reason: keyCompromise (0x1)\n");
    assertThat(answers.simulated()).isEqualTo(answers.real());
  }

  private static void staple(TestCertificates certs, String certificate, String response) throws IOException {
    Files.write(certs.dir().resolve(certificate + ".ocsp"), Base64.getDecoder().decode(response));
  }

  private static List<String> converse(Path socket, TestCertificates certs, String aboutSite) throws IOException {
    String dir = certs.dir() + "/";
    List<String> commands = new ArrayList<>();
    String listing = OneCommand.answer(socket, "show ssl ocsp-response");
    for (Matcher key = KEY.matcher(listing); key.find(); ) {
      commands.add("show ssl ocsp-response " + key.group(1));
      commands.add("show ssl ocsp-response text " + key.group(1));
    }
    commands.addAll(List.of("show ssl cert " + dir + "site.pem.ocsp", "show ssl cert " + dir + "listed.pem.ocsp",
        "set ssl cert " + dir + "bare.pem.ocsp <<\n" + aboutSite + "\n", "show ssl cert *" + dir + "bare.pem.ocsp",
        "abort ssl cert " + dir + "bare.pem",
        "set ssl cert " + dir + "bare.pem.ocsp <<\n" + Base64.getEncoder().encodeToString("not DER".getBytes()) + "\n",
        "show ssl cert *" + dir + "bare.pem.ocsp", "abort ssl cert " + dir + "bare.pem"));
    List<String> answers = new ArrayList<>(List.of("show ssl ocsp-response -> " + listing));
    for (String command : commands) {
      answers.add(command.replace(aboutSite, "<site>") + " -> " + OneCommand.answer(socket, command));
    }
    return answers;
  }

  private static Path config(Path socket, TestCertificates certs) throws IOException {
    return ConfiguredInstance.configWith(socket, "global", "    crt-base " + certs.dir(), "frontend fe",
        "    bind unix@" + socket.resolveSibling("fe.sock") + " ssl crt site.pem crt listed.pem crt bare.pem",
        "    default_backend be", "backend be", "    server s1 127.0.0.1:1");
  }
}
