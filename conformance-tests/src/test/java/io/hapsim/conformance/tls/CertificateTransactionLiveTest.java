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
 * Certificate transactions against real HAProxy, byte for byte, one conversation of 54 commands, each on a connection
 * of its own: {@code new}, {@code set} (a whole PEM, a key alone, a payload for another file), {@code commit} (two
 * {@code bind} lines rebuilt, a certificate without a key, a key of another certificate), {@code abort}, {@code del},
 * {@code show ssl cert *<file>}, and the cases clients trip on: a PEM with an empty line before its chain (the payload
 * ends there: the chain is lost and the commit succeeds; 2.x runs the rest as commands), a PEM with CRLF line ends,
 * broken base64 and DER, and the levels below admin.
 */
class CertificateTransactionLiveTest {

  @TempDir
  Path folder;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void transactionsAnswerAsRealHaproxyAnswers(String version) throws Exception {
    RealHaproxyRequired.require(version, "certificate transactions against real HAProxy " + version);
    TestCertificates certs = makeCertificates(folder.resolve("certs"));

    Answers answers = LiveConversation.onBoth(version, folder, socket -> config(socket, certs),
        socket -> converse(socket, certs));

    assertThat(answers.real()).as("real %s committed the new certificate", version)
        .anyMatch(answer -> answer.contains("commit ssl cert " + certs.dir() + "/site.pem -> Committing")
            && answer.contains("Success!"));
    assertThat(String.join("\n====\n", answers.simulated())).isEqualTo(String.join("\n====\n", answers.real()));
  }

  /**
   * A PEM sent with CRLF line ends throughout, its payload ended by {@code \r\n}: 2.x drops the CR and commits it
   * as any other; 3.x keeps it, so no line is empty, the payload never ends and the stats timeout (1 s here) closes
   * the connection without a word.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void aPayloadEndedByCrlfEndsOnlyWhereTheCrIsDropped(String version) throws Exception {
    RealHaproxyRequired.require(version, "a CRLF payload against real HAProxy " + version);
    TestCertificates certs = makeCertificates(folder.resolve("certs"));
    String site = certs.dir() + "/site.pem";
    String crlfPem = certs.joined("new.crt", "new.key", "ca.pem").replace("\n", "\r\n");
    // the line feed OneCommand adds completes the last CRLF
    List<String> commands = List.of("set ssl cert " + site + " <<\r\n" + crlfPem + "\r", "show ssl cert",
        "commit ssl cert " + site, "show ssl cert " + site);

    Answers answers = LiveConversation.onBoth(version, folder, socket -> config(socket, certs), socket -> {
      List<String> each = new ArrayList<>();
      for (String command : commands) {
        each.add(OneCommand.answer(socket, command));
      }
      return each;
    });

    assertThat(answers.real().get(0)).as("real %s", version)
        .isEqualTo(version.equals("2.6") ? "Transaction created for certificate " + site + "!\n\n" : "");
    assertThat(answers.simulated()).isEqualTo(answers.real());
  }

  private static List<String> converse(Path socket, TestCertificates certs) throws IOException {
    String site = certs.dir() + "/site.pem";
    String added = certs.dir() + "/added.pem";
    String newPem = certs.joined("new.crt", "new.key", "ca.pem");
    List<String> answers = new ArrayList<>();
    for (String command : List.of("show ssl cert", "new ssl cert " + added, "new ssl cert " + added,
        "show ssl cert " + added, "dump ssl cert " + added, "show ssl cert",
        set(added, newPem), set(site, newPem), "show ssl cert", "show ssl cert *" + added, "dump ssl cert *" + added,
        "commit ssl cert " + site, "commit ssl cert " + added, "show ssl cert " + added,
        "del ssl cert " + added, "del ssl cert " + added, "commit ssl cert " + added,
        set(site, certs.joined("new.crt")), "show ssl cert *" + site, "dump ssl cert *" + site,
        "commit ssl cert " + site,
        set(site, certs.joined("new.crt", "other.key")), "commit ssl cert " + site,
        set(site, "garbage\n"), set(site + ".key", certs.joined("new.key")), set(site + ".key", "garbage\n"),
        set(site + ".sctl", "AAQAAgAA\n"),
        "del ssl cert " + site, "show ssl cert", "commit ssl cert " + site, "show ssl cert " + site,
        set(site, certs.joined("new.crt", "new.key") + "\n" + certs.joined("ca.pem")), "show ssl cert *" + site,
        "commit ssl cert " + site, "show ssl cert " + site, "dump ssl cert " + site,
        set(site, newPem.replace("\n", "\r\n")), "show ssl cert *" + site, "abort ssl cert " + site,
        "abort ssl cert " + site, "abort ssl cert",
        set(site, newPem.replaceFirst("MII", "MIX")), set(site, certs.joined("new.crt", "new.key") + brokenCa(certs)),
        "del ssl cert " + site, "new ssl cert " + site, "new ssl cert", "del ssl cert",
        "operator;new ssl cert " + added, "operator;" + set(site, newPem), "operator;commit ssl cert " + site,
        "operator;abort ssl cert " + site, "operator;del ssl cert " + site,
        set(certs.dir() + "/nope.pem", newPem), "set ssl cert " + site, "set ssl cert",
        set(certs.dir() + "/site.crt", newPem), "set severity-output number;new ssl cert " + added,
        "set severity-output number;commit ssl cert " + added, "show ssl cert")) {
      answers.add(command + " -> " + OneCommand.answer(socket, command));
    }
    return answers;
  }

  /** {@code set ssl cert <file> <<} and a payload, which the line feed the command gets ends. */
  private static String set(String file, String payload) {
    return "set ssl cert " + file + " <<\n" + payload;
  }

  /** The CA with a character base64 does not have in its second line. */
  private static String brokenCa(TestCertificates certs) throws IOException {
    String[] lines = certs.joined("ca.pem").split("\n", -1);
    lines[2] = "!" + lines[2].substring(1);
    return String.join("\n", lines);
  }

  /**
   * Two frontends serve site.pem (a commit rebuilds both), on UNIX sockets: no port to find free. The stats timeout
   * is short for the payload that never ends.
   */
  private static Path config(Path socket, TestCertificates certs) throws IOException {
    return ConfiguredInstance.configWith(socket, "global", "    crt-base " + certs.dir(), "    stats timeout 1s",
        "frontend fe1", "    bind unix@" + socket.resolveSibling("fe1.sock") + " ssl crt site.pem",
        "    default_backend be", "frontend fe2", "    bind unix@" + socket.resolveSibling("fe2.sock")
            + " ssl crt site.pem", "    default_backend be", "backend be", "    server s1 127.0.0.1:1");
  }

  private static TestCertificates makeCertificates(Path dir) throws Exception {
    TestCertificates made = TestCertificates.in(dir);
    made.leaf("site", "ec", "/CN=site.example", "100", "subjectAltName=DNS:site.example");
    made.write("site.pem", made.joined("site.crt", "site.key", "ca.pem"));
    made.leaf("new", "ec", "/CN=new.example", "200", "subjectAltName=DNS:new.example");
    made.leaf("other", "rsa:2048", "/CN=other.example", "300", null);
    return made;
  }
}
