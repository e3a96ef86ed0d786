package io.hapsim.conformance.tls;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.FreePorts;
import io.hapsim.conformance.OneCommand;
import io.hapsim.conformance.RealHaproxyRequired;
import io.hapsim.conformance.info.ConfiguredInstance;
import io.hapsim.conformance.tls.LiveConversation.Answers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The certificate a TLS client is served, real HAProxy against a simulator serving its {@code bind} lines ({@code
 * serveTls}): for no server name, exact names in any case, a wildcard and the names its line excludes, a name the
 * certificates do not have (the default certificate, or a refusal with {@code strict-sni}), an ECDSA and an RSA
 * certificate for the same name; then after {@code commit ssl cert}, the new certificate and its chain, and after a
 * certificate made at run time is added to the crt-list, that one for its name. What a client of the Runtime API checks
 * to know a new chain is live.
 */
class ServedCertificateLiveTest {

  @TempDir
  Path folder;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void eachNameIsServedTheCertificateRealHaproxyServes(String version) throws Exception {
    RealHaproxyRequired.require(version, "TLS handshakes against real HAProxy " + version);
    TestCertificates certs = TestCertificates.in(folder.resolve("certs"));
    certs.leaf("site", "ec", "/CN=site.example", "100", "subjectAltName=DNS:site.example,DNS:www.site.example");
    certs.leaf("rsa", "rsa:2048", "/CN=site.example", "101", null);
    certs.leaf("wild", "ec", "/CN=*.example.org", "102", null);
    certs.leaf("next", "ec", "/CN=site.example", "103", "subjectAltName=DNS:site.example");
    certs.leaf("added", "ec", "/CN=added.example", "104", null);
    certs.write("site.pem", certs.joined("site.crt", "site.key"));
    certs.write("rsa.pem", certs.joined("rsa.crt", "rsa.key"));
    certs.write("wild.pem", certs.joined("wild.crt", "wild.key", "ca.pem"));
    Path list = certs.write("list.txt", "wild.pem *.example.org !skip.example.org\n");
    int[] ports = FreePorts.distinct(2);

    Answers answers = LiveConversation.onBothServingTls(version, folder,
        socket -> config(socket, certs, list, ports), socket -> converse(socket, certs, list, ports));

    assertThat(answers.real()).as("real %s served its certificates", version)
        .anyMatch(answer -> answer.contains("CN=site.example serial 64"));
    assertThat(answers.simulated()).isEqualTo(answers.real());
  }

  private static List<String> converse(Path socket, TestCertificates certs, Path list, int[] ports)
      throws IOException {
    List<String> answers = new ArrayList<>();
    List<String> names = Arrays.asList(null, "site.example", "WWW.Site.Example", "a.example.org", "skip.example.org",
        "b.skip.example.org", "nothing.test", "localhost");
    for (String name : names) {
      answers.add("fe1 " + name + " -> " + TlsProbe.served(ports[0], name));
    }
    for (String name : Arrays.asList(null, "a.example.org", "site.example", "nothing.test")) {
      answers.add("strict " + name + " -> " + TlsProbe.served(ports[1], name));
    }
    String site = certs.dir() + "/site.pem";
    answers.add(OneCommand.answer(socket, "set ssl cert " + site + " <<\n"
        + certs.joined("next.crt", "next.key", "ca.pem")));
    answers.add(OneCommand.answer(socket, "commit ssl cert " + site));
    String added = certs.dir() + "/added.pem";
    for (String command : List.of("new ssl cert " + added,
        "set ssl cert " + added + " <<\n" + certs.joined("added.crt", "added.key"), "commit ssl cert " + added,
        "add ssl crt-list " + list + " " + added)) {
      answers.add(OneCommand.answer(socket, command));
    }
    for (String name : Arrays.asList(null, "site.example", "www.site.example", "added.example")) {
      answers.add("fe1 after " + name + " -> " + TlsProbe.served(ports[0], name));
    }
    return answers;
  }

  /**
   * fe1 serves an ECDSA and an RSA certificate for site.example, the first being its default, and a wildcard from
   * a crt-list line that excludes a name; fe2 only serves the names its certificate has.
   */
  private static Path config(Path socket, TestCertificates certs, Path list, int[] ports) throws IOException {
    return ConfiguredInstance.configWith(socket, "global", "    crt-base " + certs.dir(),
        "frontend fe1", "    bind 127.0.0.1:" + ports[0] + " ssl crt site.pem crt rsa.pem crt-list " + list,
        "    default_backend be",
        "frontend fe2", "    bind 127.0.0.1:" + ports[1] + " ssl strict-sni crt wild.pem", "    default_backend be",
        "backend be", "    server s1 127.0.0.1:1");
  }
}
