package io.hapsim.conformance.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.RealHaproxyRequired;
import io.hapsim.conformance.replay.net.Address;
import io.hapsim.conformance.replay.net.CliConnection;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import io.hapsim.conformance.replay.target.RealHaproxyTarget;
import io.hapsim.conformance.replay.target.Target;
import io.hapsim.conformance.replay.target.TargetInstance;
import io.hapsim.conformance.replay.text.Latin1;
import io.hapsim.conformance.simulator.SimulatorTarget;
import io.hapsim.simulator.fault.FaultRule;
import io.hapsim.simulator.fault.FaultRuleSpec;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simulator's faults acting on proxied traffic, in front of the simulator and in front of real HAProxy 3.0: a
 * client meets the close, reset, stall or slow answer at the command chosen, and what the target did meanwhile is
 * what the phase says (before the command: nothing; before the answer: the change is made).
 */
class ProxyFaultsTest {
  private static final Map<String, TargetInstance> INSTANCES = new HashMap<>();

  private final List<String> applied = new CopyOnWriteArrayList<>();
  private CliProxy proxy;
  private Address direct;
  private String dir;

  @AfterAll
  static void stopTargets() throws IOException {
    for (TargetInstance instance : INSTANCES.values()) {
      instance.close();
    }
  }

  @AfterEach
  void stopProxy() throws IOException {
    if (proxy != null) {
      proxy.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sim", "real"})
  void aCloseBeforeTheAnswerLeavesTheChangeMade(String kind) throws Exception {
    FaultRule rule = start(kind, "command=add map, fault=close");
    assertThat(Exchange.of(proxy.listenAddress(), "add map " + dir + "/a.map made-" + kind + " v\n", false))
        .isEqualTo(new Exchange("", "eof"));
    assertThat(mapOnTarget("a.map")).contains(" made-" + kind + " v\n");
    assertThat(rule.applied()).isEqualTo(1);
    assertThat(applied).containsExactly("connection 1: close before the answer (rule 1: 'add map')");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sim", "real"})
  void aResetBeforeTheCommandChangesNothing(String kind) throws Exception {
    start(kind, "command=add map, phase=before-command, fault=reset");
    assertThat(Exchange.of(proxy.listenAddress(), "add map " + dir + "/a.map never-" + kind + " v\n", false).end())
        .isEqualTo("recv-error:ECONNRESET");
    assertThat(mapOnTarget("a.map")).doesNotContain("never-" + kind);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sim", "real"})
  void aCloseAfterTheNthAnswerKeepsThatAnswerAndDropsThePrompt(String kind) throws Exception {
    start(kind, "nth=2, fault=close");
    assertThat(Exchange.of(proxy.listenAddress(), "prompt\nshow cli level\nshow cli level\n", false))
        .isEqualTo(new Exchange("\n> admin\n\n", "eof"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sim", "real"})
  void aPayloadCutAfterItsSecondLineNeverRuns(String kind) throws Exception {
    start(kind, "payloadLines=2, fault=close");
    String payload = "add map " + dir + "/b.map <<\ncut1-" + kind + " v\ncut2-" + kind + " v\ncut3-" + kind + " v\n\n";
    assertThat(Exchange.of(proxy.listenAddress(), payload, false)).isEqualTo(new Exchange("", "eof"));
    assertThat(mapOnTarget("b.map")).doesNotContain("cut1-" + kind);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sim", "real"})
  void aDroppedTerminatorLeavesTheAnswerWithoutItsEmptyLine(String kind) throws Exception {
    start(kind, "any, fault=drop-terminator");
    assertThat(Exchange.of(proxy.listenAddress(), "show cli level\n", false)).isEqualTo(new Exchange("admin\n", "eof"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sim", "real"})
  void aStallAndADripDelayTheAnswerButKeepItsBytes(String kind) throws Exception {
    start(kind, "command=show cli level, fault=stall 300ms");
    FaultRuleSpec.arm(proxy.faults(), "command=show cli level, fault=drip 2 100ms");
    long started = System.nanoTime();
    try (CliConnection c = CliConnection.open(proxy.listenAddress(), "slow", 5000)) {
      assertThat(c.write(Latin1.encode("show cli level\n"), 5).ok()).isTrue();
      assertThat(c.awaitClosed(10)).isTrue();
      long firstByte = c.snapshot().firstByteNanos();
      long closed = System.nanoTime();
      assertThat(Exchange.of(c)).isEqualTo(new Exchange("admin\n\n", "eof"));
      assertThat((firstByte - started) / 1_000_000).as("ms stalled before the answer").isGreaterThanOrEqualTo(300);
      assertThat((closed - firstByte) / 1_000_000).as("ms of 4 pieces, 100 ms apart").isGreaterThanOrEqualTo(300);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sim", "real"})
  void aPausedProxyServesNobodyUntilItResumes(String kind) throws Exception {
    start(kind, "command=show info, times=1, fault=close"); // armed but never met: a rule alone acts on nothing
    proxy.faults().pauseAccepting();
    try (CliConnection c = CliConnection.open(proxy.listenAddress(), "queued", 5000)) {
      assertThat(c.write(Latin1.encode("show cli level\n"), 5).ok()).isTrue();
      assertThat(c.await(v -> v.size() > 0 || v.closed(), 0.5)).as("answered while paused").isFalse();
      proxy.faults().resumeAccepting();
      assertThat(c.awaitClosed(5)).isTrue();
      assertThat(Exchange.of(c)).isEqualTo(new Exchange("admin\n\n", "eof"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sim", "real"})
  void anAnswerTheTargetWouldNotGiveIsReportedNotInvented(String kind) throws Exception {
    start(kind, "command=show cli level, fault=answer Unknown command.");
    assertThat(Exchange.of(proxy.listenAddress(), "show cli level\n", false).received()).isEqualTo("admin\n\n");
    assertThat(applied).singleElement().asString().startsWith("connection 1: not applied through a proxy: answer");
  }

  /** Starts (once per kind) the target, then a TCP proxy in front of it with {@code rule} armed. */
  private FaultRule start(String kind, String rule) throws Exception {
    TargetInstance instance = instance(kind);
    direct = Address.parse(instance.sockets().get("admin"));
    dir = instance.vars().get("DIR");
    proxy = CliProxy.start(new Address.Tcp("127.0.0.1", 0), direct, () -> TrafficListener.NONE, applied::add);
    return FaultRuleSpec.arm(proxy.faults(), rule);
  }

  private static TargetInstance instance(String kind) throws Exception {
    if (kind.equals("real")) {
      RealHaproxyRequired.require("3.0", "faults on proxied traffic in front of real HAProxy 3.0");
    }
    TargetInstance running = INSTANCES.get(kind);
    if (running == null) {
      Target target = kind.equals("real") ? RealHaproxyTarget.of("3.0") : SimulatorTarget.of("3.0");
      running = target.start(ScenarioLoader.parse("{\"connections\": []}", "proxy-faults"));
      INSTANCES.put(kind, running);
    }
    return running;
  }

  private String mapOnTarget(String map) throws IOException {
    return Exchange.of(direct, "show map " + dir + "/" + map + "\n", false).received();
  }
}
