package io.hapsim.conformance.property;

import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import io.hapsim.conformance.RealHaproxyRequired;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import io.hapsim.conformance.replay.target.RealHaproxy;
import io.hapsim.conformance.replay.target.RealHaproxyTarget;
import io.hapsim.conformance.replay.target.Target;
import io.hapsim.conformance.report.Results;
import io.hapsim.conformance.simulator.SimulatorTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Differential properties: random sessions ({@link SessionGenerator}; on a master-worker instance's master socket,
 * {@link MasterSessionGenerator}, a fifth as many) run against real HAProxy 2.6, 3.0, 3.2 and 3.4 and against the
 * simulator profile of the same version; the normalised transcripts (every byte received, how each write and the
 * half-close went, how the connection ended, the server log) must be identical.
 *
 * <p>Instances are reused in lockstep for several sessions (real and simulated state stay identical), so a session
 * also checks the state its predecessors left. On the first difference the session is re-run on fresh instances:
 * if it still differs, QuickTheories shrinks it (each candidate on fresh instances) and the smallest one is printed
 * as a scenario file, also saved as {@code target/conformance/random-sessions/<version>-counterexample.json}; if
 * it only differs after its predecessors, the whole history is reported as one scenario.
 *
 * <p>System properties: {@code hapsim.property.examples} (sessions per version, default {@value #DEFAULT_EXAMPLES}),
 * {@code hapsim.property.seed} (default: a fixed seed per version, so CI is reproducible), {@code
 * hapsim.property.shrinks} (shrink attempts, default {@value #DEFAULT_SHRINKS}), {@code
 * hapsim.property.perInstance} (sessions per instance pair, default {@value #DEFAULT_PER_INSTANCE}), {@code
 * hapsim.property.determinism=true} (real against real instead of simulator against real: checks that the
 * generator only makes sessions whose outcome does not depend on timing).
 */
class RandomSessionProperties {
  static final int DEFAULT_EXAMPLES = 300;
  static final int DEFAULT_SHRINKS = 150;
  static final int DEFAULT_PER_INSTANCE = 25;
  private static final Path OUT = Path.of("target", "conformance", "random-sessions");
  private static final Results RESULTS = new Results(Boolean.getBoolean("hapsim.property.determinism")
      ? "random-sessions-determinism" : "random-sessions");

  private static final int EXAMPLES = Integer.getInteger("hapsim.property.examples", DEFAULT_EXAMPLES);
  private static final int SHRINKS = Integer.getInteger("hapsim.property.shrinks", DEFAULT_SHRINKS);
  private static final int PER_INSTANCE = Integer.getInteger("hapsim.property.perInstance", DEFAULT_PER_INSTANCE);
  private static final boolean DETERMINISM = Boolean.getBoolean("hapsim.property.determinism");
  /** Survey: run every session, keep all that differ (no shrinking), report them together at the end. */
  private static final boolean SURVEY = Boolean.getBoolean("hapsim.property.survey");

  @Test
  void haproxy26() {
    property("2.6");
  }

  @Test
  void haproxy30() {
    property("3.0");
  }

  @Test
  void haproxy32() {
    property("3.2");
  }

  @Test
  void haproxy34() {
    property("3.4");
  }

  @Test
  void master26() {
    masterProperty("2.6");
  }

  @Test
  void master30() {
    masterProperty("3.0");
  }

  @Test
  void master32() {
    masterProperty("3.2");
  }

  @Test
  void master34() {
    masterProperty("3.4");
  }

  /** Counts of one version's run. */
  private static final class Run {
    final String version;
    /** The run's name in reports and counterexample files ({@code 3.0}, {@code master-3.0}). */
    final String label;
    int sessions;
    int matched;
    boolean failed;
    Session smallest;
    String smallestDiff;
    final List<String> survey = new java.util.ArrayList<>();

    Run(String version, String label) {
      this.version = version;
      this.label = label;
    }
  }

  private static long seed(String label) {
    String s = System.getProperty("hapsim.property.seed", "");
    if (!s.isBlank()) {
      return Long.parseLong(s.strip()) + label.hashCode();
    }
    return 0x5eed_0000L + label.hashCode();
  }

  private void property(String version) {
    property(version, version, new SessionGenerator(version), EXAMPLES,
        DETERMINISM ? "real vs real (determinism)" : "simulator vs real");
  }

  /** Sessions on the master socket of a master-worker instance: fewer, each starts forwarded connections. */
  private void masterProperty(String version) {
    property(version, "master-" + version, new MasterSessionGenerator(version), Math.max(1, EXAMPLES / 5),
        DETERMINISM ? "master CLI: real vs real (determinism)" : "master CLI: simulator vs real");
  }

  private void property(String version, String label, Gen<Session> sessions, int examples, String name) {
    long seed = seed(label);
    Optional<String> missing = RealHaproxy.unavailable(version);
    if (missing.isPresent()) {
      RESULTS.add(new Results.Property(name, version, 0, 0, seed, null, "not run: " + missing.get()));
      RealHaproxyRequired.missing(version, missing.get(), "random sessions");
    }
    Target real = RealHaproxyTarget.of(version);
    Target other = DETERMINISM ? RealHaproxyTarget.of(version) : SimulatorTarget.of(version);
    String otherLabel = DETERMINISM ? "real " + version + " (2nd run)" : "simulator " + version;
    Run run = new Run(version, label);
    System.out.println("[random sessions " + label + "] " + name + ": " + examples + " sessions, seed " + seed);
    try (PairedInstances pair = new PairedInstances(real, "real " + version, other, otherLabel, PER_INSTANCE)) {
      qt().withFixedSeed(seed).withExamples(examples).withShrinkCycles(SHRINKS)
          .forAll(sessions)
          .checkAssert(session -> check(pair, session, run));
      if (!run.survey.isEmpty()) {
        System.out.println(String.join("\n\n", run.survey));
        fail(run.survey.size() + " of " + run.sessions + " sessions differ (survey above)");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (AssertionError e) {
      saveCounterexample(run);
      throw e;
    } finally {
      String counterexample = run.smallest != null ? run.smallest.scenarioJson() : null;
      RESULTS.add(new Results.Property(name, version, run.sessions, run.matched, seed, counterexample,
          run.smallestDiff));
      System.out.println("[random sessions " + label + "] " + run.matched + " of " + run.sessions
          + " sessions identical" + (run.failed ? "; FAILED, smallest difference above" : ""));
    }
  }

  private static void check(PairedInstances pair, Session session, Run run) {
    try {
      if (SURVEY) {
        run.sessions++;
        PairedInstances.Outcome o = pair.runShared(session);
        if (o.same()) {
          run.matched++;
          return;
        }
        List<Session> history = pair.history();
        pair.reset();
        PairedInstances.Outcome fresh = pair.runFresh(session.scenario());
        Path dir = OUT.resolve("survey-" + run.label);
        Files.createDirectories(dir);
        Path file = dir.resolve(session.name() + ".json");
        String json = session.scenarioJson();
        String note = "";
        if (fresh.same()) {
          Minimized m = minimize(pair, history, session.name() + "-history");
          json = m.json();
          note = " (only after its predecessors; minimized to " + m.connections() + " connection(s)"
              + (m.reproduces() ? "" : ", NOT reproduced on fresh instances") + ")";
          o = m.outcome() != null ? m.outcome() : o;
        }
        Files.writeString(file, json, StandardCharsets.ISO_8859_1);
        run.survey.add("=== " + file + note + "\n"
            + session.summary() + "\n" + String.join("\n", o.diff().subList(0, Math.min(40, o.diff().size()))));
        return;
      }
      if (!run.failed) {
        run.sessions++;
        PairedInstances.Outcome o = pair.runShared(session);
        if (o.same()) {
          run.matched++;
          return;
        }
        run.failed = true;
        List<Session> history = pair.history();
        pair.reset();
        PairedInstances.Outcome fresh = pair.runFresh(session.scenario());
        if (!fresh.same()) {
          failWith(run, session, fresh);
        }
        // differs only after the sessions before it on the same instances
        Minimized m = minimize(pair, history, "random-" + run.label + "-history");
        String json = m.json();
        String text = "session " + session.name() + " differs between real HAProxy " + run.version
            + " and the other side only after the " + (history.size() - 1) + " sessions before it on the same "
            + "instances; " + (m.reproduces() ? "minimized to these " + m.connections()
            + " connection(s) on a fresh instance" : "all of them as one scenario did NOT reproduce it on fresh "
            + "instances") + ":\n" + String.join("\n", m.outcome() != null ? m.outcome().diff() : o.diff())
            + "\n--- scenario:\n" + json;
        run.smallestDiff = text;
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve(run.label + "-history.json"), json, StandardCharsets.ISO_8859_1);
        throw new AssertionError(text);
      }
      PairedInstances.Outcome o = pair.runFresh(session.scenario());
      if (!o.same()) {
        failWith(run, session, o);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A history scenario reduced to the connections needed for the difference. */
  record Minimized(String json, int connections, boolean reproduces, PairedInstances.Outcome outcome) {}

  /**
   * Drops connections of the concatenated history one at a time, as long as what is left still differs on fresh
   * instances (delta debugging over connections).
   */
  private static Minimized minimize(PairedInstances pair, List<Session> history, String name) throws IOException {
    List<Session.Connection> conns = new java.util.ArrayList<>();
    history.forEach(h -> conns.addAll(h.connections()));
    String json = Session.scenarioJson(name, "random sessions on one instance", conns);
    PairedInstances.Outcome o = pair.runFresh(ScenarioLoader.parse(json, name));
    if (o.same()) {
      return new Minimized(json, conns.size(), false, null);
    }
    boolean progress = true;
    while (progress) {
      progress = false;
      for (int i = conns.size() - 1; i >= 0 && conns.size() > 1; i--) {
        List<Session.Connection> candidate = new java.util.ArrayList<>(conns);
        candidate.remove(i);
        String cj = Session.scenarioJson(name, "random sessions on one instance, minimized", candidate);
        PairedInstances.Outcome co = pair.runFresh(ScenarioLoader.parse(cj, name));
        if (!co.same()) {
          conns.clear();
          conns.addAll(candidate);
          json = cj;
          o = co;
          progress = true;
        }
      }
    }
    return new Minimized(json, conns.size(), true, o);
  }

  private static void failWith(Run run, Session session, PairedInstances.Outcome o) {
    run.smallest = session;
    run.smallestDiff = String.join("\n", o.diff());
    throw new AssertionError("real HAProxy " + run.version + " and the other side differ on this session ("
        + session.summary() + "):\n" + run.smallestDiff + "\n--- scenario (save as a .json file, replay with "
        + "./hapsim replay --target real:" + run.version + " --versus sim:" + run.version + " FILE):\n"
        + session.scenarioJson());
  }

  private static void saveCounterexample(Run run) {
    if (run.smallest == null) {
      return;
    }
    try {
      Files.createDirectories(OUT);
      Path file = OUT.resolve(run.label + "-counterexample.json");
      Files.writeString(file, run.smallest.scenarioJson(), StandardCharsets.ISO_8859_1);
      System.out.println("[random sessions " + run.label + "] smallest counterexample saved as " + file
          .toAbsolutePath() + ":\n" + run.smallest.scenarioJson() + "\n" + run.smallestDiff);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  static void writeResults() throws IOException {
    RESULTS.write();
  }
}
