package io.hapsim.conformance.master;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.RealHaproxyRequired;
import io.hapsim.conformance.replay.net.Address;
import io.hapsim.conformance.replay.net.CliConnection;
import io.hapsim.conformance.replay.target.Corpus;
import io.hapsim.conformance.replay.target.FixtureInstanceDir;
import io.hapsim.conformance.replay.target.RealHaproxy;
import io.hapsim.conformance.replay.target.RealHaproxyTarget;
import io.hapsim.conformance.replay.target.TargetInstance;
import io.hapsim.conformance.replay.scenario.Scenario;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import io.hapsim.simulator.master.MasterWorker;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A reload whose configuration takes seconds to load, on real HAProxy and on the simulator, side by side. Real loads
 * the corpus fixture with a map of two million entries (about 2.7 s here); the simulator loads the plain fixture with
 * {@link MasterWorker#loadTime} and {@link MasterWorker#restartTime}. The master executes itself again first, and
 * refuses connections meanwhile: up to 3.0 through the whole load, from 3.1 a moment. From 3.1, while the new worker
 * loads, the master lists it and the old one, refuses a second reload, routes {@code @1} to the old worker and does
 * not reach the new one. The client that asked gets its answer once the load is done.
 */
class MasterSlowReloadLiveTest {

  private static final Scenario MASTER_WORKER =
      ScenarioLoader.parse("{\"name\": \"slow-reload\", \"instance\": {\"master\": true}, \"connections\": []}", "");
  private static final int BIG_MAP_ENTRIES = 2_000_000;
  private static final Duration SIMULATED_LOAD = Duration.ofMillis(2500);
  /** How long real masters took to execute themselves again here: 50 to 90 ms. */
  private static final Duration SIMULATED_RESTART = Duration.ofMillis(60);
  private static final long WAIT_MS = 30_000;
  /** Often enough to see the master away while it executes itself again. */
  private static final long POLL_MS = 5;

  @TempDir
  static Path slowFixture;

  /** The corpus fixture, its {@code a.map} grown so that loading it takes seconds. */
  @BeforeAll
  static void growTheMap() throws IOException {
    Path fixture = Corpus.locate().fixture();
    for (String file : FixtureInstanceDir.FIXTURE_FILES) {
      Files.copy(fixture.resolve(file), slowFixture.resolve(file));
    }
    Files.copy(fixture.resolve(FixtureInstanceDir.TEMPLATE), slowFixture.resolve(FixtureInstanceDir.TEMPLATE));
    try (BufferedWriter map = Files.newBufferedWriter(slowFixture.resolve("a.map"), StandardCharsets.US_ASCII)) {
      for (int i = 0; i < BIG_MAP_ENTRIES; i++) {
        map.write("host" + i + ".example be" + i + "\n");
      }
    }
  }

  @ParameterizedTest(name = "haproxy {0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void whatClientsSeeDuringASlowReload(String version) throws Exception {
    RealHaproxyRequired.require(version, "the slow reload");
    List<String> real;
    try (TargetInstance instance = new RealHaproxyTarget(version, RealHaproxy.launcher(), slowFixture)
        .start(MASTER_WORKER)) {
      real = observe(masterSocket(instance.sockets().get("master")), workerLoads(version));
    }
    List<String> simulated;
    try (FixtureInstanceDir dir = FixtureInstanceDir.create(Corpus.locate().fixture(), Map.of());
        MasterWorker haproxy = MasterWorker.builder().version(version).config(dir.config())
            .masterSocket(dir.masterSocket()).log(line -> { }).start()) {
      haproxy.loadTime(SIMULATED_LOAD);
      haproxy.restartTime(SIMULATED_RESTART);
      simulated = observe(haproxy.masterSocket(), workerLoads(version));
    }

    System.out.println("[slow reload " + version + "] real: " + real);
    assertThat(real).as("real HAProxy " + version + " loaded slowly enough to be watched").hasSizeGreaterThan(2);
    assertThat(simulated).as("the simulator, as real " + version).isEqualTo(real);
  }

  /** From 3.1 a new worker loads the configuration itself, while its master answers. */
  private static boolean workerLoads(String version) {
    return !version.startsWith("2.") && !version.equals("3.0");
  }

  private static Path masterSocket(String address) {
    return Path.of(address.substring("unix:".length()));
  }

  /**
   * Asks for a reload, looks at the master while it loads (3.1+: {@code workerLoads}, the master answers while its
   * new worker loads), then at its answer and at the master after it.
   */
  private static List<String> observe(Path master, boolean workerLoads) throws IOException, InterruptedException {
    List<String> seen = new ArrayList<>();
    String former = workerPid(ask(master, "show proc\n"));
    try (CliConnection reloading = CliConnection.open(Address.parse("unix:" + master), "reload", WAIT_MS)) {
      reloading.write("reload\n".getBytes(StandardCharsets.US_ASCII), 1.0);
      reloading.shutdownOutput();

      // the master executes itself again: a moment (3.1+) or the whole load (up to 3.0) without a listener
      seen.add("after the reload, connecting: " + poll(master, "show proc\n", answer -> answer.startsWith("refused")));
      if (workerLoads) {
        String during = poll(master, "show proc\n", answer -> answer.contains("# old workers"));
        seen.add("while the worker loads, show proc: " + masked(during));
        seen.add("while the worker loads, reload: " + masked(ask(master, "reload\n")));
        seen.add("while the worker loads, @1 reaches the former worker: "
            + ask(master, "@1 show info\n").contains("\nPid: " + former + "\n"));
        String loading = workerPid(during);
        seen.add("while the worker loads, @!<its pid>: " + masked(ask(master, "@!" + loading + " show info\n")));
      }
      reloading.awaitClosed(WAIT_MS / 1000.0);
      seen.add("the reload's answer: " + untilLoaded(masked(new String(reloading.snapshot().data(),
          StandardCharsets.ISO_8859_1))));
    }
    // up to 3.0 the master is unsteady for a moment once it listens again (it resets, refuses): not compared
    String after = poll(master, "show proc\n", answer -> answer.contains("# workers"));
    seen.add("after, show proc, old workers aside: " + masked(withoutOldWorkers(after)));
    seen.add("after, @1 reaches a new worker: " + !ask(master, "@1 show info\n").contains("\nPid: " + former + "\n"));
    return seen;
  }

  /** Asks until the answer (or "refused ...") passes {@code done}; the last one. */
  private static String poll(Path master, String input, Predicate<String> done) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MS);
    String answer;
    do {
      try {
        answer = ask(master, input);
      } catch (IOException e) {
        answer = "refused (" + e.getMessage() + ")";
      }
      if (done.test(answer)) {
        return answer;
      }
      Thread.sleep(POLL_MS);
    } while (System.nanoTime() < deadline);
    return answer;
  }

  /**
   * A {@code show proc} answer without its old workers: real ones may stay listed for seconds after a slow reload
   * (3.4 kept one for over twenty, while hapsim's leave at once).
   */
  private static String withoutOldWorkers(String showProc) {
    return showProc.replaceAll("# old workers\n(\\d+ [^\n]*\n)*", "");
  }

  /** The first worker line's pid of a {@code show proc} answer. */
  private static String workerPid(String showProc) {
    return showProc.replaceAll("(?s).*# workers\n(\\d+) .*", "$1");
  }

  /**
   * Pids, uptimes, counts that differ from run to run (the maxconn a 3.4 worker logs) become N; the executable's
   * path (the binary's, or the JVM's for the simulator) becomes {@code <exe>}.
   */
  private static String masked(String answer) {
    return answer.replaceAll("path to executable is [^\n]*", "path to executable is <exe>")
        .replaceAll("\\[[^\\]\\n]*\\.main\\(\\)\\]", "[<exe>.main()]")
        .replaceAll("\\d{2,}", "N");
  }

  /**
   * A slow reload's answer up to its {@code Loading success.}: whether the former worker's exit (and the version
   * announcement before it) follows is a race on real HAProxy (the old worker leaving, against the master looking
   * every 50 ms), seen both ways on 3.4.
   */
  private static String untilLoaded(String answer) {
    int end = answer.indexOf("Loading success.\n");
    return end < 0 ? answer : answer.substring(0, end + "Loading success.\n".length());
  }

  /** The whole answer to {@code input}, the client's side closed after it (the master then closes too). */
  private static String ask(Path master, String input) throws IOException {
    try (CliConnection cli = CliConnection.open(Address.parse("unix:" + master), "ask", WAIT_MS)) {
      cli.write(input.getBytes(StandardCharsets.US_ASCII), 1.0);
      cli.shutdownOutput();
      cli.awaitClosed(WAIT_MS / 1000.0);
      return new String(cli.snapshot().data(), StandardCharsets.ISO_8859_1);
    }
  }
}
