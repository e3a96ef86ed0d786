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
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Certificate lists against real HAProxy, byte for byte: a {@code crt-list} file (comments, empty lines, options
 * between brackets in any order and HAProxy's own written back, SNI filters, relative paths under {@code crt-base}
 * and {@code ca-base}) and a {@code crt} directory, listed and dumped with and without line numbers, the errors, the
 * levels below admin, and what the lists load: the certificates and the CA file an entry names. Then a certificate
 * made at run time added to the list (as an argument, as a payload with options and filters) and deleted from it
 * (by name, by line), with the refusals.
 */
class CrtListLiveTest {

  @TempDir
  Path folder;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void listsAnswerAsRealHaproxyAnswers(String version) throws Exception {
    RealHaproxyRequired.require(version, "crt-list against real HAProxy " + version);
    TestCertificates certs = TestCertificates.in(folder.resolve("certs"));
    Files.createDirectories(certs.dir().resolve("dir"));
    for (String name : List.of("site", "a", "b", "c")) {
      certs.leaf(name, "ec", "/CN=" + name + ".example", "100", null);
      certs.write(name + ".pem", certs.joined(name + ".crt", name + ".key"));
    }
    certs.write("dir/d.pem", certs.joined("c.crt", "c.key"));
    Path list = certs.write("list.txt", String.join("\n", "# the sites", "",
        "a.pem [verify optional alpn h2,http/1.1 ca-file ca.pem] a.example *.a.example",
        "b.pem [ciphers ECDHE+AESGCM no-ca-names ssl-min-ver TLSv1.2]",
        certs.dir() + "/c.pem !c.example c.example", "a.pem [] second.example", ""));

    Answers answers = LiveConversation.onBoth(version, folder, socket -> config(socket, certs, list),
        socket -> converse(socket, certs, list));

    assertThat(answers.real().get(0)).as("real %s listed the list", version).contains(list.toString());
    assertThat(answers.simulated()).isEqualTo(answers.real());
  }

  private static List<String> converse(Path socket, TestCertificates certs, Path list) throws IOException {
    String dir = certs.dir() + "/dir";
    String added = certs.dir() + "/added.pem";
    String nope = certs.dir() + "/nope.txt";
    List<String> answers = new ArrayList<>();
    for (String command : List.of("show ssl crt-list", "show ssl crt-list " + list, "show ssl crt-list -n " + list,
        "show ssl crt-list " + dir, "show ssl crt-list -n " + dir + "/", "show ssl crt-list -n",
        "show ssl crt-list nope", "operator;show ssl crt-list", "show ssl cert", "show ssl ca-file",
        "add ssl crt-list " + list + " " + added, "new ssl cert " + added,
        "add ssl crt-list " + list + " " + added, "set ssl cert " + added + " <<\n" + certs.joined("a.crt", "a.key"),
        "commit ssl cert " + added, "add ssl crt-list " + list + " " + added + " [verify none] x.example",
        "add ssl crt-list " + list + " <<\n" + added + " [ssl-min-ver TLSv1.2 alpn h2] y.example\n",
        "add ssl crt-list " + list + " <<\n" + added + "\n" + added + "\n", "add ssl crt-list " + nope + " " + added,
        "add ssl crt-list " + list, "add ssl crt-list " + list + " " + certs.dir() + "/nope.pem",
        "show ssl crt-list -n " + list, "show ssl cert " + added, "del ssl crt-list " + list + " " + added,
        "del ssl crt-list " + list + " " + added + ":x", "del ssl crt-list " + list + " " + added + ":99",
        "del ssl crt-list " + list + " " + added + ":7", "del ssl crt-list " + list + " " + certs.dir() + "/nope.pem",
        "del ssl crt-list " + list + " site.pem", "del ssl crt-list " + nope + " " + added,
        "del ssl crt-list " + list, "operator;del ssl crt-list " + list + " " + added,
        "show ssl crt-list -n " + list, "del ssl cert " + added, "del ssl crt-list " + list + " " + added,
        "show ssl cert " + added, "del ssl cert " + added)) {
      answers.add(command.lines().findFirst().orElse("") + " -> " + OneCommand.answer(socket, command));
    }
    return answers;
  }

  private static Path config(Path socket, TestCertificates certs, Path list) throws IOException {
    return ConfiguredInstance.configWith(socket, "global", "    crt-base " + certs.dir(),
        "    ca-base " + certs.dir(), "frontend fe", "    bind unix@" + socket.resolveSibling("fe.sock")
            + " ssl crt site.pem crt dir crt-list " + list, "    default_backend be", "backend be",
        "    server s1 127.0.0.1:1");
  }
}
