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
    for (Path file : FixtureInstanceDir.filesOf(fixture)) {
      Files.copy(file, slowFixture.resolve(file.getFileName()));
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
        .start(MasterInstances.MASTER_WORKER)) {
      real = observe(instance.sockets().get("master"), workerLoads(version));
    }
    List<String> simulated;
    try (FixtureInstanceDir dir = FixtureInstanceDir.create(Corpus.locate().fixture(), Map.of());
        MasterWorker haproxy = MasterWorker.builder().version(version).config(dir.config())
            .masterSocket(dir.masterSocket()).log(line -> { }).start()) {
      haproxy.loadTime(SIMULATED_LOAD);
      haproxy.restartTime(SIMULATED_RESTART);
      simulated = observe("unix:" + haproxy.masterSocket(), workerLoads(version));
    }

    System.out.println("[slow reload " + version + "] real: " + real);
    assertThat(real).as("real HAProxy " + version + " loaded slowly enough to be watched").hasSizeGreaterThan(2);
    assertThat(simulated).as("the simulator, as real " + version).isEqualTo(real);
  }

  /** From 3.1 a new worker loads the configuration itself, while its master answers. */
  private static boolean workerLoads(String version) {
    return !version.startsWith("2.") && !version.equals("3.0");
  }

  /**
   * Asks for a reload, looks at the master while it loads (3.1+: {@code workerLoads}, the master answers while its
   * new worker loads), then at its answer and at the master after it.
   */
  private static List<String> observe(String master, boolean workerLoads) throws IOException, InterruptedException {
    List<String> seen = new ArrayList<>();
    String former = workerPid(ask(master, "show proc\n"));
    try (CliConnection reloading = CliConnection.open(Address.parse(master), "reload", WAIT_MS)) {
      reloading.write("reload\n".getBytes(StandardCharsets.US_ASCII), 1.0);
      reloading.shutdownOutput();

      // the master executes itself again: a moment (3.1+) or the whole load (up to 3.0) without a listener
      seen.add("after the reload, connecting: " + poll(master, answer -> answer.startsWith("refused")));
      if (workerLoads) {
        String during = poll(master, answer -> answer.contains("# old workers"));
        seen.add("while the worker loads, show proc: " + masked(during));
        seen.add("while the worker loads, reload: " + masked(ask(master, "reload\n")));
        seen.add("while the worker loads, @1 reaches the former worker: "
            + ask(master, "@1 show info\n").contains("\nPid: " + former + "\n"));
        String loading = workerPid(during);
        seen.add("while the worker loads, @!<its pid>: " + masked(error(master, "@!" + loading + " show info\n")));
      }
      reloading.awaitClosed(WAIT_MS / 1000.0);
      seen.add("the reload's answer: " + untilLoaded(masked(MasterInstances.text(reloading))));
    }
    // up to 3.0 the master is unsteady for a moment once it listens again (it resets, refuses): not compared
    String after = poll(master, answer -> answer.contains("# workers"));
    seen.add("after, show proc, old workers aside: " + masked(withoutOldWorkers(after)));
    seen.add("after, @1 reaches a new worker: " + !ask(master, "@1 show info\n").contains("\nPid: " + former + "\n"));
    return seen;
  }

  private static String ask(String master, String input) throws IOException {
    return MasterInstances.ask(master, input, WAIT_MS);
  }

  /**
   * The error a master answers to {@code input}, read before the client closes: from 3.0 a real master that reads
   * an error and the client's close together may leave the connection open.
   */
  private static String error(String master, String input) throws IOException {
    try (CliConnection cli = CliConnection.open(Address.parse(master), "error", WAIT_MS)) {
      cli.write(input.getBytes(StandardCharsets.US_ASCII), 1.0);
      cli.await(view -> view.text().endsWith("\n"), WAIT_MS / 1000.0);
      return MasterInstances.text(cli);
    }
  }

  /** {@code show proc} until its answer passes {@code done}. */
  private static String poll(String master, Predicate<String> done) throws InterruptedException {
    return MasterInstances.poll(master, "show proc\n", done, WAIT_MS, POLL_MS);
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
   * Pids, uptimes, counts that differ from run to run (the maxconn a 3.4 worker logs) become N, and the spaces that
   * pad them one (a real pid may be longer than a simulated one); the executable's path (the binary's, or the JVM's
   * for the simulator) becomes {@code <exe>}.
   */
  private static String masked(String answer) {
    return answer.replaceAll("path to executable is [^\n]*", "path to executable is <exe>")
        .replaceAll("\\[[^\\]\\n]*\\.main\\(\\)\\]", "[<exe>.main()]")
        .replaceAll("\\d{2,}", "N").replaceAll(" {2,}", " ");
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
}
