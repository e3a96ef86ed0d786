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
 * CRL files against real HAProxy, byte for byte, one conversation on connections of their own: the listing, the
 * details of an empty list and of one revoking two certificates, indexes, {@code new} (a CA file's name is taken),
 * {@code set}, {@code commit} (a dot per certificate instance), {@code abort}, {@code del} (a CA file's name is
 * refused), the refusals, and the levels below admin.
 */
class CrlFileLiveTest {

  @TempDir
  Path folder;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void crlFilesAnswerAsRealHaproxyAnswers(String version) throws Exception {
    RealHaproxyRequired.require(version, "CRL files against real HAProxy " + version);
    TestCertificates certs = makeCertificates(folder.resolve("certs"));

    Answers answers = LiveConversation.onBoth(version, folder, socket -> config(socket, certs),
        socket -> converse(socket, certs));

    assertThat(answers.real().get(1)).as("real %s showed the CRL", version).contains("No Revoked Certificates.");
    for (int i = 0; i < answers.real().size(); i++) {
      assertThat(answers.simulated().get(i)).isEqualTo(answers.real().get(i));
    }
  }

  /**
   * A CRL payload bigger than the buffer (16 kB; #2579), the same list sixty times: 2.6 closes without a word,
   * 3.0 and 3.2 say the command is too big, 3.4 takes it, and keeps the list once.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void aCrlPayloadBiggerThanTheBufferIsRefusedAsRealHaproxyRefusesIt(String version) throws Exception {
    RealHaproxyRequired.require(version, "an oversize CRL payload against real HAProxy " + version);
    TestCertificates certs = makeCertificates(folder.resolve("certs"));
    String empty = certs.dir() + "/empty.crl";
    String big = certs.joined("revoked.crl").repeat(60);
    assertThat(big.length()).as("the payload").isGreaterThan(16384);

    Answers answers = LiveConversation.onBoth(version, folder, socket -> config(socket, certs),
        socket -> List.of(LiveConversation.answerOrClose(socket, set(empty, big)),
            OneCommand.answer(socket, "show ssl crl-file"), OneCommand.answer(socket, "show ssl crl-file *" + empty)));

    assertThat(answers.simulated()).isEqualTo(answers.real());
  }

  private static List<String> converse(Path socket, TestCertificates certs) throws IOException {
    String empty = certs.dir() + "/empty.crl";
    String added = certs.dir() + "/added.crl";
    String ca = certs.dir() + "/ca.pem";
    String both = certs.joined("revoked.crl", "empty.crl");
    List<String> answers = new ArrayList<>();
    for (String command : List.of("show ssl crl-file", "show ssl crl-file " + empty, "show ssl crl-file " + empty
        + ":1", "show ssl crl-file " + empty + ":2", "show ssl crl-file " + empty + ":x", "show ssl crl-file nope",
        "show ssl crl-file *nope", "show ssl crl-file " + ca, "new ssl crl-file " + added,
        "new ssl crl-file " + added, "new ssl crl-file " + ca, "new ssl ca-file " + empty,
        "show ssl crl-file " + added, "show ssl crl-file", set(empty, both), "show ssl crl-file",
        "show ssl crl-file *" + empty, "show ssl crl-file *" + empty + ":2", set(added, both),
        "commit ssl crl-file " + added, "commit ssl crl-file " + empty, "show ssl crl-file " + empty,
        set(added, certs.joined("revoked.crl")), "abort ssl crl-file " + empty, "commit ssl crl-file " + added,
        "show ssl crl-file " + added, set(empty, "garbage\n"),
        set(empty, certs.joined("empty.crl").replaceFirst("\n.", "\n!")), "abort ssl crl-file " + empty,
        "abort ssl crl-file", "del ssl crl-file " + empty, "del ssl crl-file " + ca, "del ssl crl-file " + added,
        "del ssl crl-file " + added, "del ssl crl-file", "operator;new ssl crl-file " + added,
        "operator;" + set(empty, both), "operator;commit ssl crl-file " + empty,
        "operator;abort ssl crl-file " + empty, "operator;del ssl crl-file " + empty, "user;show ssl crl-file",
        "set ssl crl-file " + empty, "commit ssl crl-file", "new ssl crl-file", "show ssl crl-file")) {
      answers.add(command.lines().findFirst().orElse("") + " -> " + OneCommand.answer(socket, command));
    }
    return answers;
  }

  private static TestCertificates makeCertificates(Path dir) throws Exception {
    TestCertificates certs = TestCertificates.in(dir);
    certs.leaf("site", "ec", "/CN=site.example", "100", null);
    certs.write("site.pem", certs.joined("site.crt", "site.key"));
    certs.leaf("first", "ec", "/CN=first.example", "200", null);
    certs.leaf("second", "rsa:2048", "/CN=second.example", "300", null);
    certs.revocationList("empty");
    certs.revocationList("revoked", "first.crt", "second.crt");
    return certs;
  }

  private static String set(String file, String payload) {
    return "set ssl crl-file " + file + " <<\n" + payload;
  }

  /** site.pem on two lines that check clients against ca.pem and empty.crl: a commit of it rebuilds both. */
  private static Path config(Path socket, TestCertificates certs) throws IOException {
    String bind = " ssl crt site.pem ca-file ca.pem crl-file empty.crl verify optional";
    return ConfiguredInstance.configWith(socket, "global", "    crt-base " + certs.dir(),
        "    ca-base " + certs.dir(), "frontend fe1", "    bind unix@" + socket.resolveSibling("fe1.sock") + bind,
        "    default_backend be", "frontend fe2", "    bind unix@" + socket.resolveSibling("fe2.sock") + bind,
        "    default_backend be", "backend be", "    server s1 127.0.0.1:1");
  }
}
