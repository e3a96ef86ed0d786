package io.hapsim.conformance.replay;

import static io.hapsim.conformance.replay.ScriptedUnixServer.readLine;
import static io.hapsim.conformance.replay.ScriptedUnixServer.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.replay.net.CliConnection;
import io.hapsim.conformance.replay.run.ScenarioRunner;
import io.hapsim.conformance.replay.scenario.Scenario;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import io.hapsim.conformance.replay.target.FileInstanceLog;
import io.hapsim.conformance.replay.transcript.ConnectionRecord;
import io.hapsim.conformance.replay.transcript.Event;
import io.hapsim.conformance.replay.transcript.RecvItem;
import io.hapsim.conformance.replay.transcript.Transcript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's connection mechanics against a scripted local UNIX socket server. */
class ScenarioRunnerTest {
  @TempDir
  Path tmp;

  private Transcript run(ScriptedUnixServer server, String scenarioJson) throws Exception {
    Scenario sc = ScenarioLoader.parse(scenarioJson, "t");
    try (server) {
      return new ScenarioRunner().run(sc, server, "test");
    }
  }

  @Test
  void answerIsRecordedNormalisedUntilThePeerCloses() throws Exception {
    ScriptedUnixServer server = new ScriptedUnixServer(tmp, (ch, i) -> {
      String line = readLine(ch);
      write(ch, "got " + line + "0x7f00aa11bb22 k\n\n\n\n");
    });
    Transcript t = run(server, """
        {"connections": [{"socket": "admin", "steps": [{"send": "hello {DIR}/a.map\\n"}]}]}""");
    ConnectionRecord c = t.connections().get(0);
    assertThat(c.name()).isEqualTo("c1");
    assertThat(c.events()).containsExactly(new Event.Connect("ok"),
        new Event.Send(18L, 1L, 0, "ok", null, null));
    assertThat(c.recv()).containsExactly(RecvItem.line("got hello {DIR}/a.map\n"), RecvItem.line("0x<ptr> k\n"),
        RecvItem.run("\n", 3));
    assertThat(c.recvBytes()).isEqualTo(35);
    assertThat(c.end()).isEqualTo("eof");
    assertThat(c.timing().openS()).isNotNull(); // timing is recorded (never compared)
    assertThat(t.log()).isNull();
  }

  @Test
  void writeToAClosedPeerIsEpipeAndTheRemainingStepsAreSkipped() throws Exception {
    ScriptedUnixServer server = new ScriptedUnixServer(tmp, (ch, i) -> ch.close());
    Transcript t = run(server, """
        {"connections": [{"steps": [{"sleep": 0.3}, {"send": "a\\n"}, {"wait_for": "x"}, {"shutw": true},
          {"sleep": 0.1}, {"send": "b\\n"}]}]}""");
    ConnectionRecord c = t.connections().get(0);
    assertThat(c.events()).containsExactly(new Event.Connect("ok"), new Event.Sleep("0.3"),
        new Event.Send(2L, 1L, 0, "EPIPE", 0L, 0L), new Event.ShutW("skipped"), Event.Send.skipped());
    assertThat(c.end()).isEqualTo("eof");
    assertThat(c.recv()).isEmpty();
    assertThat(c.timing().closedDuringSteps()).isTrue();
  }

  @Test
  void aPeerThatStopsReadingMakesTheWriteStall() throws Exception {
    CountDownLatch done = new CountDownLatch(1);
    ScriptedUnixServer server = new ScriptedUnixServer(tmp, (ch, i) -> done.await(20, TimeUnit.SECONDS));
    Transcript t = run(server, """
        {"connections": [{"stall_timeout": 0.3, "steps": [
           {"gen": {"repeat": 200000, "body": "add map {DIR}/b.map key{i} value{i}\\n"}}, {"send": "x\\n"}],
         "read": {"until": "window", "seconds": 0.2}}]}""");
    done.countDown();
    ConnectionRecord c = t.connections().get(0);
    Event.Send send = (Event.Send) c.events().get(1);
    assertThat(send.result()).isEqualTo(CliConnection.STALLED);
    assertThat(send.written()).isPositive().isLessThan(send.len());
    assertThat(send.lines()).isEqualTo(200000);
    assertThat(send.writes()).isGreaterThan(1);
    assertThat(c.events().get(2)).isEqualTo(Event.Send.skipped());
    assertThat(c.end()).isEqualTo("open");
  }

  @Test
  void waitForCountsFromTheMarkAndCaptureFeedsLaterSends() throws Exception {
    ScriptedUnixServer server = new ScriptedUnixServer(tmp, (ch, i) -> {
      write(ch, "\n> ");
      readLine(ch);
      write(ch, "x\nref=0x1a2b3c4d ok\n> ");
      String use = readLine(ch);
      write(ch, "used " + use + "> ");
      readLine(ch);
    });
    Transcript t = run(server, """
        {"connections": [{"steps": [
           {"wait_for": "> "}, {"send": "go\\n"}, {"capture": "REF", "regex": "^ref=(0x[0-9a-f]+) ok$"},
           {"wait_for": "> "}, {"wait_for": "> ", "timeout": 0.3}, {"send": "use {REF}\\n"},
           {"wait_for": "> ", "count": 2, "timeout": 0.3}, {"wait_for": "> "},
           {"send": "quit\\n"}, {"wait_for": "never", "timeout": 3}]}]}""");
    ConnectionRecord c = t.connections().get(0);
    assertThat(c.events()).containsExactly(new Event.Connect("ok"),
        new Event.WaitFor("> ", null, "ok"), new Event.Send(3L, 1L, 0, "ok", null, null),
        new Event.Capture("REF", "ok"),
        new Event.WaitFor("> ", null, "ok"), new Event.WaitFor("> ", null, "timeout"),
        new Event.Send(15L, 1L, 0, "ok", null, null),
        new Event.WaitFor("> ", 2, "timeout"), new Event.WaitFor("> ", null, "ok"),
        new Event.Send(5L, 1L, 0, "ok", null, null), new Event.WaitFor("never", null, "closed"));
    // the capture's value went out verbatim and came back normalised as a pointer
    assertThat(RecvItem.text(c.recv())).isEqualTo("\n> x\nref=0x<ptr> ok\n> used use 0x<ptr>\n> ");
  }

  /**
   * As in the reference tool, consecutive {@code parallel} connections run together and the next
   * connection waits for them all ({@code delay} applies to non-parallel connections only).
   */
  @Test
  void parallelConnectionsRunTogether() throws Exception {
    CountDownLatch second = new CountDownLatch(1);
    ScriptedUnixServer server = new ScriptedUnixServer(tmp, (ch, i) -> {
      String line = readLine(ch);
      if (line.startsWith("first")) {
        // answers only once the parallel connection has talked: proves both were open together
        boolean together = second.await(3, TimeUnit.SECONDS);
        write(ch, together ? "together\n" : "alone\n");
      } else {
        second.countDown();
        write(ch, "second\n");
      }
    });
    Transcript t = run(server, """
        {"connections": [
           {"name": "a", "parallel": true, "steps": [{"send": "first\\n"}]},
           {"name": "b", "parallel": true, "delay": 0.1, "steps": [{"send": "second\\n"}]},
           {"name": "c", "steps": [{"send": "first\\n"}]}]}""");
    assertThat(t.connections()).extracting(ConnectionRecord::name).containsExactly("a", "b", "c");
    assertThat(t.connections().get(0).recv()).containsExactly(RecvItem.line("together\n"));
    assertThat(t.connections().get(1).recv()).containsExactly(RecvItem.line("second\n"));
    assertThat(t.connections().get(2).recv()).containsExactly(RecvItem.line("together\n"));
  }

  @Test
  void unknownSocketsAndRefusedConnectionsAreRecordedAsTheirEnd() throws Exception {
    ScriptedUnixServer server = new ScriptedUnixServer(tmp, (ch, i) -> { });
    Transcript t = run(server, """
        {"connections": [{"socket": "missing", "steps": [{"send": "x\\n"}]},
                         {"socket": "nope", "steps": [{"send": "x\\n"}]}]}""");
    assertThat(t.connections().get(0).end()).isEqualTo("connect-failed:ENOENT");
    assertThat(t.connections().get(0).events()).isEmpty();
    assertThat(t.connections().get(0).recv()).isNull();
    assertThat(t.connections().get(0).timing()).isNull();
    assertThat(t.connections().get(1).end()).isEqualTo("no-such-socket");
  }

  @Test
  void theLogIsReadFromWhereItWasWithPidsAndDirNormalised() throws Exception {
    Path logFile = tmp.resolve("haproxy.log");
    Files.writeString(logFile, "[NOTICE]   (1) : started before the scenario\n");
    ScriptedUnixServer server = new ScriptedUnixServer(tmp, (ch, i) -> {
      readLine(ch);
      Files.writeString(logFile, "[WARNING]  (4242) : 'add map' on " + tmp + "/a.map (7)\n",
          java.nio.file.StandardOpenOption.APPEND);
      write(ch, "\n");
    }).withLog(new FileInstanceLog(logFile));
    Transcript t = run(server, "{\"connections\": [{\"steps\": [{\"send\": \"add map\\n\"}]}]}");
    assertThat(t.log()).containsExactly("[WARNING]  (PID) : 'add map' on {DIR}/a.map (7)\n");
  }

  @Test
  void idleReadStopsOnceNothingMoreArrives() throws Exception {
    CountDownLatch done = new CountDownLatch(1);
    ScriptedUnixServer server = new ScriptedUnixServer(tmp, (ch, i) -> {
      readLine(ch);
      for (int k = 0; k < 3; k++) {
        write(ch, "part" + k + "\n");
        Thread.sleep(100);
      }
      done.await(10, TimeUnit.SECONDS);
    });
    long t0 = System.nanoTime();
    Transcript t = run(server, """
        {"connections": [{"steps": [{"send": "x\\n"}], "read": {"until": "idle", "idle": 0.4, "timeout": 8},
          "record": {"mode": "summary", "head": 1, "tail": 1}}]}""");
    done.countDown();
    double seconds = (System.nanoTime() - t0) / 1e9;
    ConnectionRecord c = t.connections().get(0);
    assertThat(c.end()).isEqualTo("open");
    assertThat(c.recvSummary().lines()).isEqualTo(3);
    assertThat(c.recvSummary().head()).containsExactly(RecvItem.line("part0\n"));
    assertThat(c.recvSummary().tail()).containsExactly(RecvItem.line("part2\n"));
    assertThat(seconds).isLessThan(4);
  }
}
