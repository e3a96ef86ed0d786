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
 * The TLS files of {@code server} lines against real HAProxy, byte for byte: client certificates ({@code crt}, from
 * {@code crt-base}, one instance per server that speaks TLS), CA and CRL files ({@code ca-base}), a server without a
 * certificate (its CA file loaded but unused), and what {@code default-server} lines hand down. Then the commits
 * and what they rebuild, and a bug of the older builds (GitHub #3165): once a CA or CRL file is committed, the
 * certificates it rebuilt show {@code Unused} and their next commit rebuilds nothing (2.6 and 3.0); fixed on 3.2
 * and 3.4. The test stops there: a second CA commit would crash those builds.
 */
class ServerTlsLiveTest {

  @TempDir
  Path folder;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void serverFilesAnswerAsRealHaproxyAnswers(String version) throws Exception {
    RealHaproxyRequired.require(version, "server TLS files against real HAProxy " + version);
    TestCertificates certs = TestCertificates.in(folder.resolve("certs"));
    for (String name : List.of("site", "client", "other")) {
      certs.leaf(name, "ec", "/CN=" + name + ".example", "100", null);
      certs.write(name + ".pem", certs.joined(name + ".crt", name + ".key"));
    }
    for (String name : List.of("ca2.pem", "ca3.pem", "ca4.pem")) {
      certs.write(name, certs.joined("ca.pem"));
    }
    certs.revocationList("crl");

    Answers answers = LiveConversation.onBoth(version, folder, socket -> config(socket, certs),
        socket -> converse(socket, certs));

    assertThat(answers.real().get(0)).as("real %s listed the client certificate", version)
        .contains(certs.dir() + "/client.pem");
    String siteCommit = "commit ssl cert " + certs.dir() + "/site.pem -> Committing " + certs.dir() + "/site.pem";
    assertThat(answers.real()).as("real %s rebuilt the site's instance after the CA commit, or not (#3165)", version)
        .contains(siteCommit + (version.compareTo("3.2") >= 0 ? "." : "") + "\nSuccess!\n\n");
    assertThat(answers.simulated()).isEqualTo(answers.real());
  }

  private static List<String> converse(Path socket, TestCertificates certs) throws IOException {
    String dir = certs.dir().toString();
    List<String> answers = new ArrayList<>();
    List<String> statuses = new ArrayList<>();
    for (String file : List.of("site.pem", "client.pem", "other.pem")) {
      statuses.add("show ssl cert " + dir + "/" + file);
    }
    for (String file : List.of("ca.pem", "ca2.pem", "ca3.pem", "ca4.pem")) {
      statuses.add("show ssl ca-file " + dir + "/" + file);
    }
    statuses.add("show ssl crl-file " + dir + "/crl.crl");
    List<String> commands = new ArrayList<>(List.of("show ssl cert", "show ssl ca-file", "show ssl crl-file"));
    commands.addAll(statuses);
    commands.addAll(List.of(set("cert", dir + "/client.pem", certs.joined("client.crt", "client.key")),
        "commit ssl cert " + dir + "/client.pem",
        set("ca-file", dir + "/ca3.pem", certs.joined("ca.pem")), "commit ssl ca-file " + dir + "/ca3.pem",
        set("ca-file", dir + "/ca2.pem", certs.joined("ca.pem")), "commit ssl ca-file " + dir + "/ca2.pem",
        set("crl-file", dir + "/crl.crl", certs.joined("crl.crl")), "commit ssl crl-file " + dir + "/crl.crl"));
    commands.addAll(statuses);
    commands.addAll(List.of(set("cert", dir + "/site.pem", certs.joined("site.crt", "site.key")),
        "commit ssl cert " + dir + "/site.pem", "show ssl cert " + dir + "/site.pem",
        "del ssl ca-file " + dir + "/ca4.pem", "del ssl cert " + dir + "/other.pem", "show ssl cert"));
    for (String command : commands) {
      answers.add(command + " -> " + OneCommand.answer(socket, command));
    }
    return answers;
  }

  private static String set(String kind, String file, String payload) {
    return "set ssl " + kind + " " + file + " <<\n" + payload;
  }

  /**
   * A frontend whose certificate checks clients against ca.pem and the CRL; servers with and without a client
   * certificate, one inheriting it from a default-server line, one with a certificate but no TLS. No server is up:
   * HAProxy starts all the same.
   */
  private static Path config(Path socket, TestCertificates certs) throws IOException {
    String dir = socket.getParent().toString();
    return ConfiguredInstance.configWith(socket, "global", "    crt-base " + certs.dir(), "    ca-base " + certs.dir(),
        "frontend fe", "    bind unix@" + dir + "/fe.sock ssl crt site.pem ca-file ca.pem crl-file crl.crl"
            + " verify optional", "    default_backend be",
        "backend be",
        "    server s1 127.0.0.1:1 ssl crt client.pem ca-file ca2.pem crl-file crl.crl verify required",
        "    server s2 127.0.0.1:2 ssl crt client.pem verify none",
        "    server s3 127.0.0.1:3 ssl ca-file ca3.pem verify required",
        "    server s4 127.0.0.1:4 crt other.pem ca-file ca4.pem verify required",
        "    default-server ssl crt client.pem ca-file ca2.pem verify required",
        "    server s5 127.0.0.1:5");
  }
}
