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
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * TLS ticket keys against real HAProxy, byte for byte: three {@code tls-ticket-keys} files (128-bit keys, four of
 * them; 256-bit keys; one named by two {@code bind} lines), listed and dumped by number, by file and all at once,
 * rotated by {@code set ssl tls-key}, and each refusal, at each level.
 */
class TlsTicketKeysLiveTest {

  @TempDir
  Path folder;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void ticketKeysAnswerAsRealHaproxyAnswers(String version) throws Exception {
    RealHaproxyRequired.require(version, "TLS ticket keys against real HAProxy " + version);
    TestCertificates certs = TestCertificates.in(folder.resolve("certs"));
    certs.leaf("site", "ec", "/CN=site.example", "100", null);
    certs.write("site.pem", certs.joined("site.crt", "site.key"));
    Random random = new Random(20261207L);
    Path short128 = keys(certs.dir().resolve("tickets128.keys"), 4, 48, random);
    Path long256 = keys(certs.dir().resolve("tickets256.keys"), 3, 80, random);
    Path shared = keys(certs.dir().resolve("shared.keys"), 3, 48, random);

    List<String> newKeys = List.of(key(48, random), key(80, random), key(80, random), key(80, random));

    Answers answers = LiveConversation.onBoth(version, folder, socket -> config(socket, certs, short128, long256,
        shared), socket -> converse(socket, long256, newKeys));

    assertThat(answers.real().get(0)).as("real %s listed the files", version).contains(short128.toString());
    assertThat(answers.simulated()).isEqualTo(answers.real());
  }

  /** The same conversation with each: the new keys are made once, before. */
  private static List<String> converse(Path socket, Path long256, List<String> newKeys) throws IOException {
    String key128 = newKeys.get(0);
    List<String> answers = new ArrayList<>();
    for (String command : List.of("show tls-keys", "show tls-keys *", "show tls-keys #0", "show tls-keys #2",
        "show tls-keys " + long256, "show tls-keys #", "show tls-keys #9", "show tls-keys #x", "show tls-keys nope",
        "set ssl tls-key #0 " + key128, "show tls-keys #0", "set ssl tls-key " + long256 + " " + newKeys.get(1),
        "set ssl tls-key " + long256 + " " + newKeys.get(2), "show tls-keys " + long256,
        "set ssl tls-key #0 " + newKeys.get(3), "set ssl tls-key #0 abc", "set ssl tls-key #0 !!!!",
        "set ssl tls-key #0", "set ssl tls-key", "set ssl tls-key #7 " + key128,
        "operator;show tls-keys", "operator;set ssl tls-key #0 " + key128, "user;show tls-keys *")) {
      answers.add(command + " -> " + OneCommand.answer(socket, command));
    }
    return answers;
  }

  private static Path keys(Path file, int count, int bytes, Random random) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < count; i++) {
      lines.append(key(bytes, random)).append('\n');
    }
    return Files.writeString(file, lines.toString());
  }

  private static String key(int bytes, Random random) {
    byte[] key = new byte[bytes];
    random.nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  private static Path config(Path socket, TestCertificates certs, Path short128, Path long256, Path shared)
      throws IOException {
    String dir = socket.getParent().toString();
    String site = certs.dir() + "/site.pem";
    return ConfiguredInstance.configWith(socket, "frontend fe",
        "    bind unix@" + dir + "/a.sock ssl crt " + site + " tls-ticket-keys " + short128,
        "    bind unix@" + dir + "/b.sock ssl crt " + site + " tls-ticket-keys " + long256,
        "    bind unix@" + dir + "/c.sock ssl crt " + site + " tls-ticket-keys " + shared,
        "    bind unix@" + dir + "/d.sock ssl crt " + site + " tls-ticket-keys " + short128,
        "    default_backend be", "backend be", "    server s1 127.0.0.1:1");
  }
}
