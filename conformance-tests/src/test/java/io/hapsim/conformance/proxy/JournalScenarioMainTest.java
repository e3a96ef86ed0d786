package io.hapsim.conformance.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.replay.net.Address;
import io.hapsim.conformance.replay.scenario.ConnectionSpec;
import io.hapsim.conformance.replay.scenario.Scenario;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import io.hapsim.conformance.replay.scenario.Step;
import io.hapsim.conformance.replay.text.Latin1;
import io.hapsim.conformance.replay.transcript.ConnectionRecord;
import io.hapsim.conformance.replay.transcript.TranscriptJson;
import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.control.ControlServer;
import io.hapsim.simulator.control.Instance;
import io.hapsim.simulator.journal.Journal;
import io.hapsim.simulator.journal.JournalSettings;
import io.hapsim.simulator.session.AccessLevel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./hapsim journal-scenario} reads the control API's JSON lines into the same scenario and golden that
 * {@link JournalRecording} writes from the journal in Java, byte for byte: a map value in UTF-8 and one holding a
 * lone latin-1 byte (which the JSON text alone could not tell apart) come back as they were sent.
 */
class JournalScenarioMainTest {
  private static final String LONE_BYTE = "caf\u00e9";
  private static final String UTF8 = Latin1.decode("caf\u00e9".getBytes(StandardCharsets.UTF_8));

  @TempDir
  Path tmp;

  @Test
  void theControlApisJournalBecomesTheScenarioTheJournalDoes() throws Exception {
    Path map = Files.writeString(tmp.resolve("a.map"), "k0 v0\n");
    Path socket = tmp.resolve("admin.sock");
    try (Instance instance = Instance.start(1, Simulator.builder().version("3.0").log(line -> { })
            .socket(socket, AccessLevel.ADMIN).map(map, "str")
            .journal(JournalSettings.defaults().keepingEverything()));
        ControlServer control = ControlServer.start("127.0.0.1", 0, false, List.of(instance), () -> { })) {
      Address address = new Address.Unix(socket);
      for (String command : List.of("add map " + map + " lone " + LONE_BYTE + "\n",
          "add map " + map + " utf8 " + UTF8 + "\n", "show map " + map + "\n")) {
        Exchange.of(address, command, false);
      }
      Journal journal = instance.simulator().journal();
      assertThat(journal.awaitConnection(c -> c.id() == 3 && !c.isOpen(), Duration.ofSeconds(10))).isPresent();
      Map<String, String> vars = Map.of("DIR", tmp.toString());
      JournalRecording.write(journal.connections(), tmp.resolve("java.json"), tmp.resolve("java.golden"), vars,
          "3.0");

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int status = JournalScenarioMain.run(new java.util.ArrayList<>(List.of("journal-scenario", "--record",
          tmp.resolve("json.json").toString(), "--golden", tmp.resolve("json.golden").toString(), "--var",
          "DIR=" + tmp, "--label", "3.0", control.url() + "/simulators/1/journal/connections")),
          new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

      assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
    }
    Scenario fromJava = ScenarioLoader.load(tmp.resolve("java.json"));
    Scenario fromJson = ScenarioLoader.load(tmp.resolve("json.json"));
    assertThat(sent(fromJava)).as("the journal itself").contains(" lone " + LONE_BYTE + "\n", " utf8 " + UTF8 + "\n");
    assertThat(fromJson.connections()).extracting(JournalScenarioMainTest::writes)
        .isEqualTo(fromJava.connections().stream().map(JournalScenarioMainTest::writes).toList());
    assertThat(answers(tmp.resolve("json.golden/json.json"))).isEqualTo(answers(tmp.resolve("java.golden/java.json")))
        .anySatisfy(answer -> assertThat(answer).contains(" lone " + LONE_BYTE + "\n", " utf8 " + UTF8 + "\n"));
  }

  /** A connection's steps but its sleeps (whose rounding of the same pause may differ by a microsecond). */
  private static List<Step> writes(ConnectionSpec connection) {
    return connection.steps().stream().filter(step -> !(step instanceof Step.Sleep)).toList();
  }

  private static List<String> sent(Scenario scenario) {
    return scenario.connections().stream().flatMap(c -> c.steps().stream()).map(step -> step instanceof Step.Send s
        ? s.text() : step instanceof Step.SendHex h ? Latin1.fromHex(h.hex()) : "").map(s -> s.substring(
        Math.max(0, s.indexOf(' ', s.indexOf(' ', 4) + 1)))).toList();
  }

  private static List<String> answers(Path golden) throws Exception {
    return TranscriptJson.read(golden).connections().stream().map(ConnectionRecord::recvText).toList();
  }
}
