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
 * CA files against real HAProxy, byte for byte, one conversation on connections of their own: the listing with
 * {@code @system-ca} (this host's bundle, its first two certificates), details and indexes, fifty CAs whose details
 * fill more than a buffer, {@code new}, {@code set} and {@code add} (3.0+) in orders that tell
 * the stores apart, duplicates, {@code commit} (a dot per certificate instance), {@code abort}, {@code del}, the
 * refusals, and the levels below admin.
 */
class CaFileLiveTest {

  /** CAs enough to fill more than a buffer when shown (16 kB), named out of order. */
  private static final int MANY = 50;

  @TempDir
  Path folder;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void caFilesAnswerAsRealHaproxyAnswers(String version) throws Exception {
    RealHaproxyRequired.require(version, "CA files against real HAProxy " + version);
    TestCertificates certs = makeCertificates(folder.resolve("certs"));

    Answers answers = LiveConversation.onBoth(version, folder, socket -> config(socket, certs),
        socket -> converse(socket, certs));

    assertThat(answers.real().get(0)).as("real %s listed the CA file", version)
        .contains(certs.dir() + "/cas.pem - 2");
    for (int i = 0; i < answers.real().size(); i++) {
      assertThat(answers.simulated().get(i)).isEqualTo(answers.real().get(i));
    }
  }

  /**
   * A CA payload bigger than the buffer ({@code tune.bufsize}, 16 kB; #2324): 2.6 closes without a word (the client's
   * next write fails), 3.0 and 3.2 say the command is too big, 3.4 takes it into a transaction (its payload limit is
   * its own); the CA file is unchanged after, on each.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void aCaPayloadBiggerThanTheBufferIsRefusedAsRealHaproxyRefusesIt(String version) throws Exception {
    RealHaproxyRequired.require(version, "an oversize CA payload against real HAProxy " + version);
    TestCertificates certs = makeCertificates(folder.resolve("certs"));
    String cas = certs.dir() + "/cas.pem";
    String big = certs.joined("many.pem");
    assertThat(big.length()).as("the payload").isGreaterThan(16384);

    Answers answers = LiveConversation.onBoth(version, folder, socket -> config(socket, certs),
        socket -> List.of(LiveConversation.answerOrClose(socket, "set ssl ca-file " + cas + " <<\n" + big),
            OneCommand.answer(socket, "show ssl ca-file")));

    assertThat(answers.real().get(1)).as("real %s kept the CA file", version).contains(cas + " - 2 certificate(s)");
    assertThat(answers.simulated()).isEqualTo(answers.real());
  }

  private static List<String> converse(Path socket, TestCertificates certs) throws IOException {
    String cas = certs.dir() + "/cas.pem";
    String added = certs.dir() + "/added.pem";
    String three = certs.joined("zeta.pem", "third.pem", "ca.pem");
    List<String> answers = new ArrayList<>();
    for (String command : List.of("show ssl ca-file", "show ssl ca-file " + cas, "show ssl ca-file " + cas + ":2",
        "show ssl ca-file " + cas + ":3", "show ssl ca-file " + cas + ":x", "show ssl ca-file " + cas + ":0",
        certs.dir() + "/many.pem", "show ssl ca-file @system-ca:1", "show ssl ca-file @system-ca:2",
        "show ssl ca-file nope", "show ssl ca-file *" + cas,
        "new ssl ca-file " + added, "new ssl ca-file " + added, "show ssl ca-file " + added, "show ssl ca-file",
        set("set", added, three), "show ssl ca-file *" + added, "show ssl ca-file", set("set", cas, three),
        "commit ssl ca-file " + cas, "commit ssl ca-file " + added, "show ssl ca-file " + added,
        set("set", cas, certs.joined("third.pem", "ca.pem", "zeta.pem", "third.pem")), "show ssl ca-file *" + cas,
        "abort ssl ca-file " + cas, "abort ssl ca-file " + cas, "abort ssl ca-file",
        set("set", cas, "garbage\n"), set("set", cas, certs.joined("ca.pem").replaceFirst("\n.", "\n!")),
        set("add", cas, certs.joined("third.pem")), set("add", cas, certs.joined("zeta.pem")),
        "show ssl ca-file *" + cas + ":3", "commit ssl ca-file " + cas, "show ssl ca-file",
        "del ssl ca-file " + cas, "del ssl ca-file " + added, "del ssl ca-file " + added, "del ssl ca-file",
        "operator;new ssl ca-file " + added, "operator;" + set("set", cas, three), "operator;commit ssl ca-file " + cas,
        "operator;abort ssl ca-file " + cas, "operator;del ssl ca-file " + cas, "user;show ssl ca-file",
        "set ssl ca-file " + cas, "commit ssl ca-file", "new ssl ca-file")) {
      String asked = command.startsWith("/") ? "show ssl ca-file " + command : command;
      answers.add(asked.lines().findFirst().orElse("") + " -> " + OneCommand.answer(socket, asked));
    }
    return answers;
  }

  private static String set(String verb, String file, String payload) {
    return verb + " ssl ca-file " + file + " <<\n" + payload;
  }

  private static TestCertificates makeCertificates(Path dir) throws Exception {
    TestCertificates certs = TestCertificates.in(dir);
    certs.leaf("site", "ec", "/CN=site.example", "100", null);
    certs.write("site.pem", certs.joined("site.crt", "site.key"));
    certs.authority("zeta", "ec", "/O=Zeta/CN=b second CA", "8192");
    certs.authority("third", "rsa:2048", "/CN=a third CA", "77");
    certs.write("cas.pem", certs.joined("ca.pem", "zeta.pem"));
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < MANY; i++) {
      certs.authority("many" + i, "ec", "/O=Many " + (i * 7919 % MANY) + "/CN=many CA", String.valueOf(1000 + i));
      many.append(certs.joined("many" + i + ".pem"));
    }
    certs.write("many.pem", many.toString());
    return certs;
  }

  /** site.pem on two lines that check clients against cas.pem: a commit of it rebuilds both. */
  private static Path config(Path socket, TestCertificates certs) throws IOException {
    return ConfiguredInstance.configWith(socket, "global", "    crt-base " + certs.dir(),
        "    ca-base " + certs.dir(), "frontend fe1", "    bind unix@" + socket.resolveSibling("fe1.sock")
            + " ssl crt site.pem ca-file cas.pem verify optional", "    default_backend be", "frontend fe2",
        "    bind unix@" + socket.resolveSibling("fe2.sock") + " ssl crt site.pem ca-file cas.pem verify optional",
        "    default_backend be", "frontend fe3", "    bind unix@" + socket.resolveSibling("fe3.sock")
            + " ssl crt site.pem ca-file many.pem verify optional", "    default_backend be", "backend be",
        "    server s1 127.0.0.1:1");
  }
}
