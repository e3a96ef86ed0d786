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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code show ssl cert} against real HAProxy, byte for byte, with certificates the test makes with {@code openssl}
 * (a CA; an EC leaf with two DNS names and an IP address, its CA after it; an RSA leaf with a long subject; two more
 * in a directory, named from {@code crt-base}): the list, each one's details, and the errors. The dates and
 * fingerprints are the certificates' own, so real and simulator print the same ones.
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
    assertThat(String.join("\n====\n", simulated)).isEqualTo(String.join("\n====\n", real));
  }

  private static List<String> ask(Path socket, Path certs) throws IOException {
    List<String> answers = new ArrayList<>();
    for (String command : List.of("show ssl cert", "show ssl cert " + certs + "/site.pem",
        "show ssl cert " + certs + "/rsa.pem", "show ssl cert " + certs + "/dir/a.pem",
        "show ssl cert " + certs + "/dir/b.pem", "show ssl cert nope", "show ssl cert *", "show ssl cert *nope",
        "operator;show ssl cert " + certs + "/rsa.pem", "user;show ssl cert",
        "set severity-output number;show ssl cert nope")) {
      answers.add(command + " -> " + OneCommand.answer(socket, command));
    }
    return answers;
  }

  /** A frontend on a UNIX socket (no port to find free) serving the files and the directory. */
  private static Path config(Path socket, Path certs) throws IOException {
    return ConfiguredInstance.configWith(socket, "global", "    crt-base " + certs,
        "frontend fe", "    bind unix@" + socket.resolveSibling("fe.sock") + " ssl crt site.pem crt "
            + certs + "/rsa.pem crt dir", "    default_backend be", "backend be", "    server s1 127.0.0.1:1");
  }

  private static void makeCertificates(Path dir) throws Exception {
    Files.createDirectories(dir.resolve("dir"));
    openssl(dir, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
        "ca.key", "-out", "ca.pem", "-days", "3650", "-subj", "/CN=hapsim test CA", "-set_serial", "4096");
    leaf(dir, "site", "ec", "/CN=site.example", "4660",
        "subjectAltName=DNS:site.example,IP:127.0.0.1,DNS:www.site.example");
    Files.writeString(dir.resolve("site.pem"), Files.readString(dir.resolve("site.crt"))
        + Files.readString(dir.resolve("site.key")) + Files.readString(dir.resolve("ca.pem")));
    leaf(dir, "rsa", "rsa:2048", "/C=FR/ST=Paris/O=Hapsim Org/OU=Tests/CN=rsa.example/emailAddress=ops@rsa.example",
        "255", null);
    Files.writeString(dir.resolve("rsa.pem"), Files.readString(dir.resolve("rsa.crt"))
        + Files.readString(dir.resolve("rsa.key")));
    for (String name : List.of("a", "b")) {
      leaf(dir, name, "ec", "/O=Directory/CN=" + name + ".example", "32768", "subjectAltName=DNS:" + name + ".example");
      Files.writeString(dir.resolve("dir/" + name + ".pem"), Files.readString(dir.resolve(name + ".crt"))
          + Files.readString(dir.resolve(name + ".key")));
    }
  }

  /** A key and a certificate the test CA signs, as {@code <name>.key} and {@code <name>.crt}. */
  private static void leaf(Path dir, String name, String keyType, String subject, String serial, String extension)
      throws Exception {
    List<String> request = new ArrayList<>(List.of("req", "-newkey", keyType, "-nodes", "-keyout", name + ".key",
        "-out", name + ".csr", "-subj", subject));
    if (keyType.equals("ec")) {
      request.addAll(3, List.of("-pkeyopt", "ec_paramgen_curve:P-256"));
    }
    openssl(dir, request.toArray(String[]::new));
    List<String> sign = new ArrayList<>(List.of("x509", "-req", "-in", name + ".csr", "-CA", "ca.pem", "-CAkey",
        "ca.key", "-set_serial", serial, "-days", "365", "-out", name + ".crt"));
    if (extension != null) {
      Files.writeString(dir.resolve(name + ".ext"), extension + "\n");
      sign.addAll(List.of("-extfile", name + ".ext"));
    }
    openssl(dir, sign.toArray(String[]::new));
  }

  private static void openssl(Path dir, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("openssl"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0)
        .as("openssl %s: %s", String.join(" ", arguments), output).isTrue();
  }
}
