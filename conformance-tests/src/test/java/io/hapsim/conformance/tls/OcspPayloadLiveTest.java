package io.hapsim.conformance.tls;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.OneCommand;
import io.hapsim.conformance.RealHaproxyRequired;
import io.hapsim.conformance.StartupLogs;
import io.hapsim.conformance.info.ConfiguredInstance;
import io.hapsim.conformance.tls.LiveConversation.Answers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OCSP responses and their issuers given to a certificate transaction ({@code set ssl cert <file>.ocsp <<},
 * {@code <file>.issuer <<}), against real HAProxy, byte for byte: a payload that is not base64, a response for a
 * certificate already stapled (renewed, then one about another certificate, which the commit ignores), a response for
 * a certificate stapled by none with its issuer in its chain, one for a certificate without its issuer (the commit
 * fails, then succeeds once an {@code .issuer} payload names it), an issuer that does not parse, and a PEM payload
 * that drops the response; and a certificate no {@code bind} line serves, whose response is kept but not stapled until
 * a crt-list line adds an instance of it (which fails without an issuer).
 * A startup {@code .ocsp} file about another certificate files an entry without a response, and is warned of in the
 * start-up log (once per instance on 2.6, which keeps the response), as 3.2+ warn of a crt-list line's negative
 * filter. After each commit the
 * test lists the responses and shows each in base64 (which keeps each listed on 3.x, where a shown response leaks).
 */
class OcspPayloadLiveTest {

  private static final Pattern KEY = Pattern.compile("Certificate ID key : ([0-9a-f]+)");

  @TempDir
  Path folder;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void ocspPayloadsAnswerAsRealHaproxyAnswers(String version) throws Exception {
    RealHaproxyRequired.require(version, "OCSP payloads of certificate transactions against real HAProxy " + version);
    TestCertificates certs = TestCertificates.in(folder.resolve("certs"));
    List<String> leaves = List.of("site", "plain", "lonely", "stale", "other", "new1", "new2");
    for (int i = 0; i < leaves.size(); i++) {
      certs.leaf(leaves.get(i), "ec", "/CN=" + leaves.get(i) + ".example", String.valueOf(600 + i), null);
    }
    certs.write("site.pem", certs.joined("site.crt", "site.key", "ca.pem"));
    certs.write("plain.pem", certs.joined("plain.crt", "plain.key", "ca.pem"));
    certs.write("lonely.pem", certs.joined("lonely.crt", "lonely.key"));
    certs.write("stale.pem", certs.joined("stale.crt", "stale.key", "ca.pem"));
    certs.write("list.txt", "stale.pem !other.example\n");
    Files.write(certs.dir().resolve("site.pem.ocsp"), Base64.getDecoder().decode(
        certs.ocspResponse(List.of("site.crt"), List.of("site.crt"))));
    Files.write(certs.dir().resolve("stale.pem.ocsp"), Base64.getDecoder().decode(
        certs.ocspResponse(List.of("other.crt"), List.of("other.crt"))));
    Responses responses = new Responses(certs.ocspResponse(List.of("site.crt"), List.of("site.crt")),
        certs.ocspResponse(List.of("other.crt"), List.of("other.crt")),
        certs.ocspResponse(List.of("plain.crt"), List.of("plain.crt")),
        certs.ocspResponse(List.of("lonely.crt"), List.of("lonely.crt")));

    Answers answers = LiveConversation.onBoth(version, folder, socket -> config(socket, certs),
        socket -> converse(socket, certs, responses));

    assertThat(answers.real()).as("real %s refused a response that is not base64", version)
        .anyMatch(answer -> answer.contains("-> Error reading OCSP response in base64 format"));
    assertThat(String.join("", answers.real())).as("real %s failed the commit without an issuer", version)
        .contains("impossible to compute the OCSP certificate ID").contains("-> No ongoing transaction!");
    assertThat(String.join("", answers.real())).as("real %s answers an ignored response from 3.0 on", version)
        .matches(all -> all.contains("Loading: OCSP single response: Certificate ID does not match certificate and"
            + " issuer. Content will be ignored.\nSuccess!") != version.equals("2.6"));
    String last = answers.real().stream().filter(answer -> answer.startsWith("show ssl ocsp-response ->"))
        .reduce((first, second) -> second).orElseThrow();
    assertThat(KEY.matcher(last).results().count())
        .as("real %s: the IDs left (those shown stay on 3.x), and the one a crt-list line added", version)
        .isEqualTo(version.equals("2.6") ? 3 : 5);
    assertThat(answers.simulated()).isEqualTo(answers.real());
  }

  /** The responses the conversation gives, in base64: each about the certificate it names. */
  private record Responses(String site, String other, String plain, String lonely) {
  }

  private static List<String> converse(Path socket, TestCertificates certs, Responses responses) throws IOException {
    String dir = certs.dir() + "/";
    List<String> answers = new ArrayList<>();
    answers.add("show startup-logs -> " + StartupLogs.masked(OneCommand.answer(socket, "show startup-logs"))
        .replace(socket.resolveSibling("haproxy.cfg").toString(), "<cfg>"));
    dump(socket, answers, responses);
    List<String> commands = List.of("show ssl cert " + dir + "stale.pem",
        "set ssl cert " + dir + "site.pem.ocsp <<\nnot base64!\n",
        "set ssl cert " + dir + "site.pem.ocsp <<\n" + wrapped(responses.site()),
        "show ssl cert *" + dir + "site.pem", "commit ssl cert " + dir + "site.pem", "DUMP",
        "set ssl cert " + dir + "site.pem.ocsp <<\n" + responses.other() + "\n",
        "show ssl cert *" + dir + "site.pem", "commit ssl cert " + dir + "site.pem", "DUMP",
        "set ssl cert " + dir + "plain.pem.ocsp <<\n" + wrapped(responses.plain()).replace("\n", "\r\n"),
        "show ssl cert *" + dir + "plain.pem", "commit ssl cert " + dir + "plain.pem",
        "show ssl cert " + dir + "plain.pem", "show ssl ocsp-response base64 " + dir + "plain.pem",
        "show ssl cert " + dir + "stale.pem.ocsp", "DUMP",
        "set ssl cert " + dir + "lonely.pem.ocsp <<\n" + responses.lonely() + "\n",
        "show ssl cert *" + dir + "lonely.pem", "commit ssl cert " + dir + "lonely.pem",
        "abort ssl cert " + dir + "lonely.pem",
        "set ssl cert " + dir + "lonely.pem.issuer <<\nnot a certificate\n",
        "set ssl cert " + dir + "lonely.pem.ocsp <<\n" + responses.lonely() + "\n",
        "set ssl cert " + dir + "lonely.pem.issuer <<\n" + certs.joined("ca.pem"),
        "show ssl cert *" + dir + "lonely.pem", "commit ssl cert " + dir + "lonely.pem",
        "show ssl cert " + dir + "lonely.pem", "DUMP",
        "set ssl cert " + dir + "plain.pem <<\n" + certs.joined("new1.crt", "new1.key", "ca.pem"),
        "commit ssl cert " + dir + "plain.pem", "DUMP",
        "set ssl cert " + dir + "site.pem.ocsp <<\n" + responses.site() + "\n",
        "set ssl cert " + dir + "site.pem <<\n" + certs.joined("new2.crt", "new2.key", "ca.pem"),
        "show ssl cert *" + dir + "site.pem", "commit ssl cert " + dir + "site.pem", "DUMP",
        "new ssl cert " + dir + "spare.pem", "set ssl cert " + dir + "spare.pem <<\n"
            + certs.joined("other.crt", "other.key", "ca.pem"),
        "set ssl cert " + dir + "spare.pem.ocsp <<\n" + responses.other() + "\n",
        "show ssl cert *" + dir + "spare.pem", "commit ssl cert " + dir + "spare.pem",
        "show ssl cert " + dir + "spare.pem", "show ssl ocsp-response",
        "add ssl crt-list " + dir + "list.txt " + dir + "spare.pem", "show ssl cert " + dir + "spare.pem",
        "show ssl ocsp-response", "new ssl cert " + dir + "lone.pem",
        "set ssl cert " + dir + "lone.pem <<\n" + certs.joined("new1.crt", "new1.key"),
        "set ssl cert " + dir + "lone.pem.ocsp <<\n" + responses.other() + "\n", "commit ssl cert " + dir + "lone.pem",
        "add ssl crt-list " + dir + "list.txt " + dir + "lone.pem", "show ssl crt-list " + dir + "list.txt");
    for (String command : commands) {
      if (command.equals("DUMP")) {
        dump(socket, answers, responses);
        continue;
      }
      answers.add(named(command, responses) + " -> " + named(OneCommand.answer(socket, command), responses));
    }
    answers.add("TotalWarnings -> " + OneCommand.answer(socket, "show info").lines()
        .filter(line -> line.startsWith("TotalWarnings:")).toList());
    return answers;
  }

  /** The list of responses, then each in base64 by its ID. */
  private static void dump(Path socket, List<String> answers, Responses responses) throws IOException {
    String listing = OneCommand.answer(socket, "show ssl ocsp-response");
    answers.add("show ssl ocsp-response -> " + listing);
    for (Matcher key = KEY.matcher(listing); key.find(); ) {
      String command = "show ssl ocsp-response base64 " + key.group(1);
      answers.add(command + " -> " + named(OneCommand.answer(socket, command), responses));
    }
  }

  /** Base64 as PEM writes it, in lines of 64 characters: the CLI joins them. */
  private static String wrapped(String base64) {
    StringBuilder lines = new StringBuilder();
    for (int at = 0; at < base64.length(); at += 64) {
      lines.append(base64, at, Math.min(base64.length(), at + 64)).append('\n');
    }
    return lines.toString();
  }

  private static String named(String text, Responses responses) {
    return text.replace(responses.site(), "<site>").replace(responses.other(), "<other>")
        .replace(responses.plain(), "<plain>").replace(responses.lonely(), "<lonely>");
  }

  private static Path config(Path socket, TestCertificates certs) throws IOException {
    return ConfiguredInstance.configWith(socket, "global", "    crt-base " + certs.dir(), "frontend fe",
        "    bind unix@" + socket.resolveSibling("fe.sock") + " ssl crt site.pem crt plain.pem crt lonely.pem"
            + " crt stale.pem crt-list " + certs.dir() + "/list.txt", "    default_backend be", "backend be",
        "    server s1 127.0.0.1:1");
  }
}
