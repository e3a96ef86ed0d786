package io.hapsim.conformance.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.RealHaproxyRequired;
import io.hapsim.conformance.replay.check.CheckOutcome;
import io.hapsim.conformance.replay.check.GoldenCheck;
import io.hapsim.conformance.replay.net.Address;
import io.hapsim.conformance.replay.net.CliConnection;
import io.hapsim.conformance.replay.scenario.ConnectionSpec;
import io.hapsim.conformance.replay.scenario.ReadSpec;
import io.hapsim.conformance.replay.scenario.Scenario;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import io.hapsim.conformance.replay.scenario.Step;
import io.hapsim.conformance.replay.target.RealHaproxyTarget;
import io.hapsim.conformance.replay.target.Target;
import io.hapsim.conformance.replay.target.TargetInstance;
import io.hapsim.conformance.replay.text.Latin1;
import io.hapsim.conformance.replay.transcript.Transcript;
import io.hapsim.conformance.replay.transcript.TranscriptJson;
import io.hapsim.conformance.simulator.SimulatorTarget;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session recorded through the proxy replays identically on the kind of target it was recorded on: several
 * connections (a prompt-mode session, non-interactive commands, a payload, a half-close, two overlapping
 * connections) go through the proxy in front of a fresh instance, then the recorded scenario runs on another fresh
 * instance and its transcript is compared with the recorded golden the way the corpus is checked.
 */
class ProxyRecordingTest {
  private static final String SCENARIO = "session";

  @TempDir
  Path tmp;

  @Test
  void aRecordingReplaysIdenticallyOnTheSimulator() throws Exception {
    recordAndReplay(SimulatorTarget.of("3.0"));
  }

  @Test
  void aRecordingReplaysIdenticallyOnRealHaproxy30() throws Exception {
    RealHaproxyRequired.require("3.0", "recording through the proxy in front of real HAProxy 3.0");
    recordAndReplay(RealHaproxyTarget.of("3.0"));
  }

  private void recordAndReplay(Target target) throws Exception {
    Path scenarioFile = tmp.resolve(SCENARIO + ".json");
    Path goldenDir = SessionRecorder.defaultGoldenDir(scenarioFile);
    try (TargetInstance instance = target.start(ScenarioLoader.parse("{\"connections\": []}", "proxy-fixture"))) {
      SessionRecorder recorder = new SessionRecorder(scenarioFile, goldenDir, new RecordedSession.Settings(SCENARIO,
          "recorded by " + getClass().getSimpleName(), "admin", instance.vars(), target.label(), null));
      Address upstream = Address.parse(instance.sockets().get("admin"));
      try (CliProxy proxy = CliProxy.start(new Address.Unix(tmp.resolve("proxy.sock")), upstream,
          recorder::newConnection)) {
        clientTraffic(proxy.listenAddress(), instance.vars().get("DIR"));
      }
      assertThat(recorder.write(true)).isEqualTo(7);
    }

    Scenario recorded = ScenarioLoader.load(scenarioFile);
    assertShape(recorded);
    Transcript golden = TranscriptJson.read(goldenDir.resolve(SCENARIO + ".json"));
    assertThat(golden.connections()).extracting(c -> c.end())
        .containsExactly("eof", "eof", "eof", "eof", "eof", "eof", "eof");
    assertThat(golden.connections().get(0).recvText()).contains("proxykey proxyvalue\n");

    CheckOutcome outcome = new GoldenCheck().check(recorded, target, goldenDir);
    assertThat(outcome.status()).as(String.join("\n", outcome.diff())).isEqualTo(CheckOutcome.Status.PASSED);
  }

  /** What a user's tools might do (through the proxy, or straight to the instance). */
  static void clientTraffic(Address proxy, String dir) throws Exception {
    try (CliConnection c = CliConnection.open(proxy, "prompt", 5000)) {
      int prompts = 0;
      for (String command : List.of("prompt\n", "show cli level\n", "add map " + dir + "/a.map proxykey proxyvalue\n",
          "show map " + dir + "/a.map\n")) {
        send(c, command);
        assertThat(Exchange.await(c, "\n> ", ++prompts)).as(command).isTrue();
      }
      Thread.sleep(150); // a pause the recording keeps as a sleep
      send(c, "quit\n");
      assertThat(c.awaitClosed(5)).isTrue();
    }
    assertThat(Exchange.of(proxy, "show cli level\n", false).received()).isEqualTo("admin\n\n");
    assertThat(Exchange.of(proxy, "add map " + dir + "/b.map <<\nka va\nkb vb\n\n", false).received())
        .isEqualTo("\n");
    assertThat(Exchange.of(proxy, "show map " + dir + "/b.map\n", false).received()).contains(" ka va\n");
    // a command without its line feed, then a half-close: 3.0 runs nothing and closes (corpus scenario 003)
    assertThat(Exchange.of(proxy, "show map " + dir + "/a.map", true)).isEqualTo(new Exchange("", "eof"));
    try (CliConnection first = CliConnection.open(proxy, "overlap-1", 5000);
        CliConnection second = CliConnection.open(proxy, "overlap-2", 5000)) {
      // the first is still to send when the second is answered: they overlap, whenever the proxy accepted them
      send(second, "show map " + dir + "/b.map\n");
      assertThat(second.awaitClosed(5)).isTrue();
      send(first, "show cli level\n");
      assertThat(first.awaitClosed(5)).isTrue();
    }
  }

  private static void send(CliConnection c, String text) {
    assertThat(c.write(Latin1.encode(text), 5).ok()).as(text).isTrue();
  }

  private static void assertShape(Scenario recorded) {
    List<ConnectionSpec> cs = recorded.connections();
    assertThat(cs).extracting(ConnectionSpec::name).containsExactly("c1", "c2", "c3", "c4", "c5", "c6", "c7");
    assertThat(cs).extracting(ConnectionSpec::socket).containsOnly("admin");
    assertThat(cs).extracting(ConnectionSpec::parallel).containsExactly(false, false, false, false, false, true, true);
    assertThat(cs).extracting(c -> c.read().until()).containsOnly(ReadSpec.Until.CLOSE);
    List<Step> prompt = cs.get(0).steps();
    assertThat(prompt).contains(new Step.Send("add map {DIR}/a.map proxykey proxyvalue\n", 0, 0));
    assertThat(prompt.get(prompt.size() - 2)).isInstanceOf(Step.Sleep.class);
    assertThat(prompt.get(prompt.size() - 1)).isEqualTo(new Step.Send("quit\n", 0, 0));
    assertThat(cs.get(4).steps()).endsWith(new Step.ShutW());
  }
}
