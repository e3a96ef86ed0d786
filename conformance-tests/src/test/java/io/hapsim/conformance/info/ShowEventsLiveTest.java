package io.hapsim.conformance.info;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.OneCommand;
import io.hapsim.conformance.RealHaproxyRequired;
import io.hapsim.conformance.replay.net.Address;
import io.hapsim.conformance.replay.net.CliConnection;
import io.hapsim.conformance.replay.text.Latin1;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code show events} against real HAProxy, byte for byte: the sinks, the errors, what two rings fed by a backend's
 * log lines hold (one raw, one {@code format short}), and sessions following a ring ({@code -w}) while a server's
 * state changes, until the client sends something or closes its side, in non-interactive and prompt mode.
 *
 * <p>Each conversation is a list of steps on one connection; after each step, what arrived within a moment is what
 * the step answered ({@code <EOF>} once the connection closed). A step is text to send, {@code SHUT} (a half-close)
 * or {@code EVENT} (a server's state toggled from another connection, which logs one message to both rings).
 *
 * <p>Not compared: in prompt mode, input that comes before a following session wrote anything. Real 3.0 to 3.4
 * sometimes end the following at once, as in non-interactive mode (and as the simulator does), and sometimes drop
 * that input, write no more events, and end at the next input (each in about half of the runs measured).
 */
class ShowEventsLiveTest {

  /** How long a step's answer may take: real answers within milliseconds; nothing more comes later. */
  private static final long STEP_WINDOW_MS = 250;
  private static final String EVENT = "EVENT";
  private static final String SHUT = "SHUT";

  private static final List<String> DUMPS = List.of("show events", "show events r1", "show events r2",
      "show events r2 -0", "show events r1 -s", "show events buf0", "show events stdout", "show events nope",
      "show events r1 -x", "show events r1 -n", "user:show events r1", "user:show events",
      "set severity-output number;show events", "set severity-output string;show events x;show events stdout");

  private static final List<List<String>> CONVERSATIONS = List.of(
      List.of("show events r1 -w\n", EVENT, "x\n"),
      List.of("show events r1 -nw\n", EVENT, "show info\n"),
      List.of("show events r1 -n -w\n", EVENT, SHUT),
      List.of("show events r2 -w -0\n", EVENT, SHUT),
      List.of("prompt\n", "show events r1 -w -n\n", EVENT, "show version\n", "show events r1 -n -w\n", SHUT),
      List.of("show events r1 -n -w\nshow version\n", EVENT, SHUT),
      List.of("show events r1 -n -w;show version\n", EVENT, SHUT),
      List.of("show events r1 -n -w\n", "show version\n", EVENT, SHUT),
      List.of("show events r1 -n -w\n", "show version\n", SHUT),
      List.of("prompt\n", "show events r1 -w\n", "show version\n", EVENT, "show version\n"));

  @TempDir
  Path folder;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void eventsAndTheirFollowingAreRealHaproxys(String version) throws Exception {
    RealHaproxyRequired.require(version, "show events against real HAProxy " + version);
    Path realSocket = Files.createDirectories(folder.resolve("real")).resolve("admin.sock");
    Path simSocket = Files.createDirectories(folder.resolve("sim")).resolve("admin.sock");
    List<String> real;
    List<String> simulated;
    try (ConfiguredInstance instance = ConfiguredInstance.real(version, config(realSocket), realSocket)) {
      real = converse(realSocket);
    }
    try (ConfiguredInstance instance = ConfiguredInstance.simulated(version, config(simSocket))) {
      simulated = converse(simSocket);
    }

    assertThat(String.join("", real)).as("real HAProxy %s logged the state changes to its rings", version)
        .contains("Server be/s2 is going DOWN for maintenance.", "<0>backend be has no server available!");
    // whole, so that a difference is seen in its conversation
    assertThat(String.join("\n====\n", simulated)).as("the answers of %s", version)
        .isEqualTo(String.join("\n====\n", real));
  }

  /** Every dump's answer, then each conversation's steps' answers, each labelled with what was asked. */
  private static List<String> converse(Path socket) throws Exception {
    List<String> answers = new ArrayList<>();
    // the rings hold two events before the dumps: the server's, and that its backend has none left
    new Toggle(socket, "be/s2").run();
    // one event at a time: a burst of two can wake a real follower between them (seen on 2.6)
    Toggle toggle = new Toggle(socket, "other/t1");
    for (String asked : DUMPS) {
      int colon = asked.indexOf(':');
      String answer = colon > 0 && asked.startsWith("user:")
          ? OneCommand.answer(socket.resolveSibling("user.sock"), asked.substring(colon + 1))
          : OneCommand.answer(socket, asked);
      answers.add(asked + " -> " + answer);
    }
    for (List<String> steps : CONVERSATIONS) {
      try (CliConnection cli = CliConnection.open(new Address.Unix(socket), "events", 5000)) {
        int seen = 0;
        for (String step : steps) {
          if (step.equals(EVENT)) {
            toggle.run();
          } else if (step.equals(SHUT)) {
            cli.shutdownOutput();
          } else {
            cli.write(Latin1.encode(step), 5);
          }
          Thread.sleep(STEP_WINDOW_MS);
          byte[] received = cli.snapshot().data();
          String answer = Latin1.decode(received, seen, received.length - seen);
          seen = received.length;
          answers.add(steps + " " + step.strip() + " -> " + answer + (cli.isClosed() ? "<EOF>" : ""));
          if (cli.isClosed()) {
            break;
          }
        }
      }
    }
    return answers;
  }

  /** Takes a server out of service, or back, from a connection of its own: each change logs to both rings. */
  private static final class Toggle {
    private final Path socket;
    private final String server;
    private boolean down;

    Toggle(Path socket, String server) {
      this.socket = socket;
      this.server = server;
    }

    void run() throws IOException {
      down = !down;
      assertThat(OneCommand.answer(socket, (down ? "disable" : "enable") + " server " + server)).isEqualTo("\n");
    }
  }

  /**
   * A global ring and one of the backends', {@code format short}, both fed by two backends. The first one's other
   * server is disabled, so that taking s2 out also logs that it has no server left. A user-level socket beside the
   * admin one.
   */
  private static Path config(Path socket) throws Exception {
    return ConfiguredInstance.configWith(socket, "global",
        "    stats socket " + socket.resolveSibling("user.sock") + " level user", "    log ring@r1 local0",
        "ring r1", "    size 32768", "    description \"my ring\"", "ring r2", "    size 32768", "    format short",
        "backend be", "    log global", "    log ring@r2 local1", "    server s1 127.0.0.1:1 disabled",
        "    server s2 127.0.0.1:2", "backend other", "    log global", "    log ring@r2 local1",
        "    server t1 127.0.0.1:3", "    server t2 127.0.0.1:4");
  }
}
