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
 * {@code show ssl sni} (3.2+) against real HAProxy, byte for byte: two frontends whose {@code bind} lines load
 * certificates in every way ({@code crt} files, a {@code crt} folder, a {@code crt-list} with positive, wildcard,
 * negative and upper-case filters), with names from alternative names and common names, the same name served by
 * several certificates, the default certificate of each line, RSA and EC keys; each option and each refusal; and
 * the listing after a certificate is added to the list and after a commit changes a certificate's names. 2.6 and 3.0
 * do not have the command and answer as for any unknown one.
 */
class ShowSslSniLiveTest {

  @TempDir
  Path folder;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void namesAreListedAsRealHaproxyListsThem(String version) throws Exception {
    RealHaproxyRequired.require(version, "show ssl sni against real HAProxy " + version);
    TestCertificates certs = TestCertificates.in(folder.resolve("certs"));
    Files.createDirectories(certs.dir().resolve("dir"));
    certs.leaf("site", "ec", "/CN=site.example", "100", "subjectAltName=DNS:www.site.example,DNS:site.example");
    certs.leaf("rsa", "rsa:2048", "/O=Hapsim/CN=Rsa.Example", "101", null);
    certs.leaf("wild", "ec", "/CN=*.wild.example", "102", "subjectAltName=DNS:*.wild.example,IP:127.0.0.1");
    certs.leaf("other", "ec", "/CN=other.example", "103", "subjectAltName=DNS:b.other.example,DNS:a.other.example");
    certs.leaf("renamed", "ec", "/CN=renamed.example", "104", "subjectAltName=DNS:new.site.example");
    for (String name : List.of("site", "rsa", "wild", "other", "renamed")) {
      certs.write(name + ".pem", certs.joined(name + ".crt", name + ".key"));
    }
    certs.write("dir/b.pem", certs.joined("other.crt", "other.key"));
    certs.write("dir/a.pem", certs.joined("rsa.crt", "rsa.key"));
    Path list = certs.write("list.txt", String.join("\n",
        "wild.pem *.example.org !skip.example.org !Other.Example.org",
        "rsa.pem [alpn h2] rsa.example UPPER.Example", "site.pem", "other.pem !*.x.org *", ""));

    Answers answers = LiveConversation.onBoth(version, folder, socket -> config(socket, certs, list),
        socket -> converse(socket, certs, list));

    assertThat(answers.real().get(0)).as("real %s", version)
        .contains(version.compareTo("3.2") >= 0 ? "fe1/<config>:" : "Unknown command");
    assertThat(answers.simulated()).isEqualTo(answers.real());
  }

  private static List<String> converse(Path socket, TestCertificates certs, Path list) throws IOException {
    String site = certs.dir() + "/site.pem";
    String config = socket.resolveSibling("haproxy.cfg").toString();
    List<String> answers = new ArrayList<>();
    for (String command : List.of("show ssl sni", "show ssl sni -f fe2", "show ssl sni -f be", "show ssl sni -f nope",
        "show ssl sni -f", "show ssl sni -f fe1 -f fe2", "show ssl sni -A", "show ssl sni -A -t 400d",
        "show ssl sni -t 1d", "show ssl sni -t", "show ssl sni -t 0", "show ssl sni -t 5x",
        "show ssl sni -t 3000000000",
        "show ssl sni -x", "user;show ssl sni -f fe2",
        "add ssl crt-list " + list + " <<\n" + certs.dir() + "/renamed.pem added.example *.added.example\n",
        "show ssl sni -f fe1", "set ssl cert " + site + " <<\n" + certs.joined("renamed.crt", "renamed.key"),
        "commit ssl cert " + site, "show ssl sni")) {
      answers.add(command + " -> " + OneCommand.answer(socket, command).replace(config, "<config>"));
    }
    return answers;
  }

  /** The frontends listen on UNIX sockets: no port to find free. */
  private static Path config(Path socket, TestCertificates certs, Path list) throws IOException {
    String dir = socket.getParent().toString();
    return ConfiguredInstance.configWith(socket, "global", "    crt-base " + certs.dir(),
        "frontend fe1", "    bind unix@" + dir + "/fe1.sock ssl crt site.pem crt rsa.pem crt-list " + list,
        "    bind unix@" + dir + "/fe1b.sock ssl crt wild.pem", "    default_backend be",
        "frontend fe2", "    bind unix@" + dir + "/fe2.sock ssl crt dir crt-list " + list, "    default_backend be",
        "backend be", "    server s1 127.0.0.1:1");
  }
}
