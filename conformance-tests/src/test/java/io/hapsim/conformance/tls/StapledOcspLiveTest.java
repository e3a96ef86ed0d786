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
 * OCSP responses a process staples, against real HAProxy, byte for byte: a certificate of a {@code bind} line and
 * one of a crt-list with their response beside them ({@code <file>.ocsp}), the list of responses by certificate ID,
 * the {@code OCSP Response Key} and files of each certificate, a response shown in base64 by ID and by path (2.8+),
 * IDs that match none, {@code set ssl ocsp-response} replacing one and refusing one about a certificate without a
 * response, a new key alone committed (2.6 keeps the response), and what a commit of a certificate leaves of its
 * response: gone, but on 2.8+ one shown alone before
 * stays listed (HAProxy forgets the reference the show took); {@code show ssl cert <file>.ocsp} too, once the
 * certificate has no response (hapsim does not print OpenSSL's text of one).
 */
class StapledOcspLiveTest {

  private static final Pattern KEY = Pattern.compile("Certificate ID key : ([0-9a-f]+)");

  @TempDir
  Path folder;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void stapledResponsesAnswerAsRealHaproxyAnswers(String version) throws Exception {
    RealHaproxyRequired.require(version, "stapled OCSP responses against real HAProxy " + version);
    TestCertificates certs = TestCertificates.in(folder.resolve("certs"));
    certs.leaf("site", "ec", "/CN=site.example", "100", "subjectAltName=DNS:site.example");
    certs.leaf("listed", "ec", "/CN=listed.example", "300", null);
    certs.leaf("other", "ec", "/CN=other.example", "200", null);
    certs.leaf("new", "ec", "/CN=new.example", "400", null);
    certs.leaf("spare", "ec", "/CN=spare.example", "500", null);
    certs.write("site.pem", certs.joined("site.crt", "site.key", "ca.pem"));
    certs.write("listed.pem", certs.joined("listed.crt", "listed.key", "ca.pem"));
    certs.write("spare.pem", certs.joined("spare.crt", "spare.key", "ca.pem"));
    Files.write(certs.dir().resolve("site.pem.ocsp"), Base64.getDecoder().decode(
        certs.ocspResponse(List.of("site.crt"), List.of("site.crt"))));
    Files.write(certs.dir().resolve("listed.pem.ocsp"), Base64.getDecoder().decode(
        certs.ocspResponse(List.of("listed.crt"), List.of("listed.crt"))));
    Files.write(certs.dir().resolve("spare.pem.ocsp"), Base64.getDecoder().decode(
        certs.ocspResponse(List.of("spare.crt"), List.of("spare.crt"))));
    certs.write("list.txt", "listed.pem\nspare.pem\n");
    String renewed = certs.ocspResponse(List.of("site.crt"), List.of("site.crt"));
    String aboutOther = certs.ocspResponse(List.of("other.crt"), List.of("other.crt"));

    Answers answers = LiveConversation.onBoth(version, folder, socket -> config(socket, certs),
        socket -> converse(socket, certs, renewed, aboutOther));

    assertThat(answers.real().get(0)).as("real %s stapled both responses", version)
        .containsPattern("(?s)(Certificate ID key : .*){3}");
    assertThat(answers.real()).as("real %s replaced a response", version)
        .contains("set ssl ocsp-response <renewed> -> OCSP Response updated!\n\n");
    assertThat(answers.real()).as("real %s: a transaction of a new key alone carries the response on 2.6 only", version)
        .filteredOn(answer -> answer.startsWith("show ssl cert *" + folder.resolve("certs/listed.pem") + " ->"))
        .singleElement().matches(answer -> answer.contains("OCSP Response Key: 30") == version.equals("2.6"));
    String last = answers.real().get(answers.real().size() - 1);
    assertThat(last).as("real %s dropped the response of a certificate replaced", version).doesNotContain("spare");
    if (!version.equals("2.6")) {
      assertThat(last).as("real %s kept a response shown alone, its certificate replaced", version)
          .contains("Certificate path : " + folder.resolve("certs/site.pem"));
    }
    assertThat(answers.simulated()).isEqualTo(answers.real());
  }

  private static List<String> converse(Path socket, TestCertificates certs, String renewed, String aboutOther)
      throws IOException {
    String site = certs.dir() + "/site.pem";
    String spare = certs.dir() + "/spare.pem";
    String listed = certs.dir() + "/listed.pem";
    List<String> answers = new ArrayList<>();
    String listing = OneCommand.answer(socket, "show ssl ocsp-response");
    answers.add("show ssl ocsp-response -> " + listing);
    List<String> keys = new ArrayList<>();
    for (Matcher key = KEY.matcher(listing); key.find(); ) {
      keys.add(key.group(1));
    }
    String first = keys.isEmpty() ? "00" : keys.get(0);
    List<String> commands = new ArrayList<>(List.of("show ssl cert " + site,
        "show ssl cert " + listed, "show ssl ocsp-response base64 " + first,
        "show ssl ocsp-response base64 " + first + "0000", "show ssl ocsp-response base64 " + site,
        "show ssl ocsp-response base64 " + listed,
        "show ssl ocsp-response base64 " + first.substring(0, first.length() - 2),
        "show ssl ocsp-response " + first.substring(0, first.length() - 2),
        "set ssl ocsp-response " + renewed, "show ssl ocsp-response base64 " + site,
        "set ssl ocsp-response " + aboutOther,
        "show ssl cert " + certs.dir() + "/nope.pem.ocsp",
        "set ssl cert " + listed + ".key <<\n" + certs.joined("listed.key"), "show ssl cert *" + listed,
        "commit ssl cert " + listed, "show ssl cert " + listed, "show ssl ocsp-response base64 " + listed,
        "set ssl cert " + site + " <<\n" + certs.joined("new.crt", "new.key", "ca.pem"), "show ssl cert *" + site
            + ".ocsp", "commit ssl cert " + site, "show ssl ocsp-response", "show ssl cert " + site,
        "show ssl ocsp-response base64 " + site, "show ssl cert " + site + ".ocsp",
        "set ssl cert " + spare + " <<\n" + certs.joined("new.crt", "new.key", "ca.pem"), "commit ssl cert " + spare,
        "show ssl ocsp-response"));
    for (String command : commands) {
      String shown = command.replace(renewed, "<renewed>").replace(aboutOther, "<other>");
      String answer = OneCommand.answer(socket, command);
      answers.add(shown + " -> " + answer.replace(renewed, "<renewed>"));
    }
    return answers;
  }

  private static Path config(Path socket, TestCertificates certs) throws IOException {
    return ConfiguredInstance.configWith(socket, "global", "    crt-base " + certs.dir(), "frontend fe",
        "    bind unix@" + socket.resolveSibling("fe.sock") + " ssl crt site.pem", "    default_backend be",
        "frontend listed", "    bind unix@" + socket.resolveSibling("listed.sock") + " ssl crt-list "
            + certs.dir() + "/list.txt", "    default_backend be", "backend be", "    server s1 127.0.0.1:1");
  }
}
