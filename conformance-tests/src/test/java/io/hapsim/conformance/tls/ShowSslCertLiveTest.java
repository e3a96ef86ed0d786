package io.hapsim.conformance.tls;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.OneCommand;
import io.hapsim.conformance.RealHaproxyRequired;
import io.hapsim.conformance.info.ConfiguredInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code show ssl cert} against real HAProxy, byte for byte, with certificates the test makes with {@code openssl} (a
 * CA; an EC leaf with two DNS names and an IP address, its CA after it; an RSA leaf with a long subject, also with its
 * key in a file of its own; two more in a directory, named from {@code crt-base}; two with keys in PKCS#1 and SEC 1):
 * the list, each one's details, and the errors; the providers; {@code dump ssl cert} (3.2+), which writes every key in
 * PKCS#8; and certificates marked for JWT verification (3.3+). The dates and fingerprints are the certificates' own, so
 * real and simulator print the same ones.
 */
class ShowSslCertLiveTest {

  @TempDir
  Path folder;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void certificatesAreShownAsRealHaproxyShowsThem(String version) throws Exception {
    RealHaproxyRequired.require(version, "show ssl cert against real HAProxy " + version);
    Path certs = Files.createDirectories(folder.resolve("certs"));
    makeCertificates(certs);
    Path realSocket = Files.createDirectories(folder.resolve("real")).resolve("admin.sock");
    Path simSocket = Files.createDirectories(folder.resolve("sim")).resolve("admin.sock");
    List<String> real;
    List<String> simulated;
    try (ConfiguredInstance instance = ConfiguredInstance.real(version, config(realSocket, certs), realSocket)) {
      real = ask(realSocket, certs);
    }
    try (ConfiguredInstance instance = ConfiguredInstance.simulated(version, config(simSocket, certs))) {
      simulated = ask(simSocket, certs);
    }

    assertThat(real.get(0)).as("real %s listed the certificates", version).contains(certs + "/site.pem");
    if (version.equals("3.4")) {
      assertThat(real).as("real 3.4 marked a certificate for JWT").anyMatch(answer -> answer.contains("JWT"));
    }
    assertThat(String.join("\n====\n", simulated)).isEqualTo(String.join("\n====\n", real));
  }

  private static List<String> ask(Path socket, Path certs) throws IOException {
    List<String> answers = new ArrayList<>();
    for (String command : List.of("show ssl cert", "show ssl cert " + certs + "/site.pem",
        "show ssl cert " + certs + "/rsa.pem", "show ssl cert " + certs + "/split.pem",
        "show ssl cert " + certs + "/dir/a.pem",
        "show ssl cert " + certs + "/dir/b.pem", "show ssl cert nope", "show ssl cert *", "show ssl cert *nope",
        "operator;show ssl cert " + certs + "/rsa.pem", "user;show ssl cert",
        "set severity-output number;show ssl cert nope", "show ssl providers", "user;show ssl providers",
        "dump ssl cert " + certs + "/site.pem", "dump ssl cert " + certs + "/rsa.pem",
        "dump ssl cert " + certs + "/split.pem", "dump ssl cert " + certs + "/pkcs1.pem",
        "dump ssl cert " + certs + "/sec1.pem", "dump ssl cert", "dump ssl cert nope", "dump ssl cert *",
        "operator;dump ssl cert " + certs + "/rsa.pem", "show ssl jwt", "add ssl jwt " + certs + "/rsa.pem",
        "add ssl jwt " + certs + "/dir/a.pem", "show ssl jwt", "show ssl cert " + certs + "/rsa.pem", "add ssl jwt",
        "del ssl jwt", "add ssl jwt nope", "operator;add ssl jwt " + certs + "/site.pem", "operator;show ssl jwt",
        "user;show ssl jwt", "del ssl jwt " + certs + "/rsa.pem", "show ssl cert " + certs + "/rsa.pem",
        "show ssl jwt")) {
      answers.add(command + " -> " + OneCommand.answer(socket, command));
    }
    return answers;
  }

  /** A frontend on a UNIX socket (no port to find free) serving the files and the directory. */
  private static Path config(Path socket, Path certs) throws IOException {
    return ConfiguredInstance.configWith(socket, "global", "    crt-base " + certs,
        "frontend fe", "    bind unix@" + socket.resolveSibling("fe.sock") + " ssl crt site.pem crt "
            + certs + "/rsa.pem crt dir crt split.pem crt pkcs1.pem crt sec1.pem", "    default_backend be",
        "backend be", "    server s1 127.0.0.1:1");
  }

  private static void makeCertificates(Path dir) throws Exception {
    TestCertificates made = TestCertificates.in(dir);
    Files.createDirectories(dir.resolve("dir"));
    made.leaf("site", "ec", "/CN=site.example", "4660",
        "subjectAltName=DNS:site.example,IP:127.0.0.1,DNS:www.site.example");
    made.write("site.pem", made.joined("site.crt", "site.key", "ca.pem"));
    made.leaf("rsa", "rsa:2048", "/C=FR/ST=Paris/O=Hapsim Org/OU=Tests/CN=rsa.example/emailAddress=ops@rsa.example",
        "255", null);
    made.write("rsa.pem", made.joined("rsa.crt", "rsa.key"));
    made.write("split.pem", made.joined("rsa.crt")); // its key in split.pem.key, where HAProxy looks for it
    made.write("split.pem.key", made.joined("rsa.key"));
    made.traditionalKey("rsa");
    made.write("pkcs1.pem", made.joined("rsa.crt", "rsa.traditional.key"));
    made.traditionalKey("site");
    made.write("sec1.pem", made.joined("site.crt", "site.traditional.key", "ca.pem"));
    for (String name : List.of("a", "b")) {
      made.leaf(name, "ec", "/O=Directory/CN=" + name + ".example", "32768", "subjectAltName=DNS:" + name + ".example");
      made.write("dir/" + name + ".pem", made.joined(name + ".crt", name + ".key"));
    }
  }
}
