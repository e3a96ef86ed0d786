package io.hapsim.conformance.tls;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.OneCommand;
import io.hapsim.conformance.RealHaproxyRequired;
import io.hapsim.conformance.info.ConfiguredInstance;
import io.hapsim.conformance.tls.LiveConversation.Answers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The OCSP commands of a process whose certificates have no OCSP response, against real HAProxy, byte for byte: the
 * empty lists, each certificate ID or path refused, {@code update ssl ocsp-response}, and {@code set ssl ocsp-response}
 * with each response HAProxy checks and refuses (not base64, or without its padding, not a response, not successful,
 * two single responses, a status unknown, a good one about a certificate without OCSP), also as a payload; and
 * {@code set ssl cert <file>.sctl}, which these builds never load.
 */
class OcspResponseLiveTest {

  @TempDir
  Path folder;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void ocspCommandsAnswerAsRealHaproxyAnswers(String version) throws Exception {
    RealHaproxyRequired.require(version, "OCSP commands against real HAProxy " + version);
    TestCertificates certs = TestCertificates.in(folder.resolve("certs"));
    for (String name : List.of("site", "other")) {
      certs.leaf(name, "ec", "/CN=" + name + ".example", name.equals("site") ? "100" : "101", null);
    }
    certs.write("site.pem", certs.joined("site.crt", "site.key", "ca.pem"));
    String good = certs.ocspResponse(List.of("site.crt"), List.of("site.crt"));
    String unknown = certs.ocspResponse(List.of(), List.of("site.crt"));
    String two = certs.ocspResponse(List.of("site.crt", "other.crt"), List.of("site.crt", "other.crt"));

    Answers answers = LiveConversation.onBoth(version, folder, socket -> config(socket, certs),
        socket -> converse(socket, certs, List.of(good, unknown, two)));

    assertThat(answers.real()).as("real %s checked a good response", version)
        .contains("set ssl ocsp-response <good> -> OCSP single response: Certificate ID does not match any"
            + " certificate or issuer.\n\n");
    assertThat(answers.simulated()).isEqualTo(answers.real());
  }

  private static List<String> converse(Path socket, TestCertificates certs, List<String> responses)
      throws IOException {
    String site = certs.dir() + "/site.pem";
    List<String> answers = new ArrayList<>();
    List<String> commands = new ArrayList<>(List.of("show ssl ocsp-response", "show ssl ocsp-response 303a",
        "show ssl ocsp-response 303", "show ssl ocsp-response " + site, "show ssl ocsp-response text",
        "show ssl ocsp-response base64 303a", "show ssl ocsp-response text " + site,
        "show ssl ocsp-response " + "ab".repeat(129), "show ssl ocsp-updates", "update ssl ocsp-response",
        "update ssl ocsp-response " + site, "update ssl ocsp-response " + certs.dir() + "/nope.pem",
        "set ssl ocsp-response", "set ssl ocsp-response !!", "set ssl ocsp-response Z2FyYmFnZQ",
        "set ssl ocsp-response MAA=",
        "set ssl ocsp-response MAMKAQE=", "set ssl cert " + site + ".sctl <<\nAAQAAgAA\n",
        "operator;set ssl ocsp-response MAA=", "user;show ssl ocsp-response"));
    List<String> names = List.of("<good>", "<unknown>", "<two>");
    for (int i = 0; i < responses.size(); i++) {
      commands.add("set ssl ocsp-response " + responses.get(i));
    }
    String good = responses.get(0);
    commands.add("set ssl ocsp-response <<\n" + good.substring(0, 64) + "\n" + good.substring(64) + "\n");
    for (String command : commands) {
      String shown = command;
      for (int i = 0; i < responses.size(); i++) {
        shown = shown.replace(responses.get(i), names.get(i));
      }
      answers.add(shown + " -> " + OneCommand.answer(socket, command));
    }
    return answers;
  }

  private static Path config(Path socket, TestCertificates certs) throws IOException {
    return ConfiguredInstance.configWith(socket, "global", "    crt-base " + certs.dir(), "frontend fe",
        "    bind unix@" + socket.resolveSibling("fe.sock") + " ssl crt site.pem", "    default_backend be",
        "backend be", "    server s1 127.0.0.1:1");
  }
}
