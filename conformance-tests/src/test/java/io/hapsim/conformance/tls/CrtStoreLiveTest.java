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
 * {@code crt-store} sections (3.0+) against real HAProxy, byte for byte: a named store with its own {@code crt-base}
 * and {@code key-base} (a certificate and its key in two files under an alias, a PEM named by its file), a store
 * without a name (an alias, and a certificate named from the global {@code crt-base}), what {@code bind} lines and a
 * crt-list take from them, their names and files in {@code show ssl cert}, a transaction on an alias, deleting one no
 * line uses, and one kept for JWT (3.4). 2.6 has no crt-store and refuses such a configuration.
 */
class CrtStoreLiveTest {

  @TempDir
  Path folder;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"3.0", "3.2", "3.4"})
  void storesAnswerAsRealHaproxyAnswers(String version) throws Exception {
    RealHaproxyRequired.require(version, "crt-store against real HAProxy " + version);
    TestCertificates certs = TestCertificates.in(folder.resolve("certs"));
    for (String name : List.of("site", "client", "other", "spare")) {
      certs.leaf(name, "ec", "/CN=" + name + ".example", "100", null);
      certs.write(name + ".pem", certs.joined(name + ".crt", name + ".key"));
    }
    Path list = certs.write("list.txt", "@/other [alpn h2] other.example\n");

    Answers answers = LiveConversation.onBoth(version, folder, socket -> config(socket, certs, list),
        socket -> converse(socket, certs));

    assertThat(answers.real().get(0)).as("real %s listed the stores' certificates", version).contains("@web/site");
    if (version.equals("3.4")) {
      assertThat(answers.real()).as("real 3.4 kept a certificate for JWT")
          .anyMatch(answer -> answer.contains("in use for JWT validation, can't be deleted!"));
    }
    assertThat(answers.simulated()).isEqualTo(answers.real());
  }

  private static List<String> converse(Path socket, TestCertificates certs) throws IOException {
    String dir = certs.dir().toString();
    List<String> answers = new ArrayList<>();
    for (String command : List.of("show ssl cert", "show ssl cert @web/site", "show ssl cert @web/client.pem",
        "show ssl cert @/other", "show ssl cert " + dir + "/spare.pem", "show ssl crt-list -n",
        "set ssl cert @web/site <<\n" + certs.joined("site.crt", "site.key"), "show ssl cert *@web/site",
        "commit ssl cert @web/site", "show ssl cert @web/site", "add ssl jwt " + dir + "/spare.pem",
        "del ssl cert " + dir + "/spare.pem", "del ssl jwt " + dir + "/spare.pem", "del ssl cert " + dir + "/spare.pem",
        "del ssl cert @web/site", "show ssl cert")) {
      answers.add(command + " -> " + OneCommand.answer(socket, command));
    }
    return answers;
  }

  private static Path config(Path socket, TestCertificates certs, Path list) throws IOException {
    String dir = socket.getParent().toString();
    return ConfiguredInstance.configWith(socket, "global", "    crt-base " + certs.dir(),
        "crt-store web", "    crt-base " + certs.dir(), "    key-base " + certs.dir(),
        "    load crt site.crt key site.key alias site",
        "    load crt client.pem",
        "crt-store", "    load crt " + certs.dir() + "/other.pem alias other", "    load crt spare.pem",
        "frontend fe", "    bind unix@" + dir + "/fe.sock ssl crt @web/site crt @web/client.pem crt-list " + list,
        "    default_backend be", "backend be", "    server s1 127.0.0.1:1");
  }
}
