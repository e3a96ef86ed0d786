package io.hapsim.conformance.info;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.byLessThan;

import io.hapsim.conformance.OneCommand;
import io.hapsim.conformance.RealHaproxyRequired;
import io.hapsim.conformance.replay.target.FixtureInstanceDir;
import io.hapsim.simulator.Simulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code show peers} of two active peers sections (the local peer named by this machine's host name, read at run
 * time) whose remote peers nothing answers, with stick tables of proxies and of the sections, against real HAProxy,
 * real and simulator started side by side. Each is asked at the same moments after its own start, half a second
 * away from any change of the reconnect cycle (an attempt every 5 s living 3 s, the resync wait of 5 s, the timers'
 * whole seconds): in the first attempt, after it ended, in the second attempt; the dictionaries, one section, the
 * errors and the lower levels in between. Masked: the pointers (addresses of a process's objects), the section's
 * date (its clock's seconds fall on either side of a second by sub-second chance; checked apart to be less than 3 s
 * apart) and the calls of the section's task: when several remote peers' attempts end together they may share a
 * run or not, and 3.2 sometimes runs it in a loop while no attempt is alive, counting hundreds; so they are compared
 * apart for the section with one remote peer, when real's count is not such a loop's. Everything else, timers and
 * counters included, must be equal.
 */
class PeersDumpLiveTest {
  private static final Pattern DATE = Pattern.compile("\\[(\\d\\d/[A-Z][a-z]{2}/\\d{4}:\\d\\d:\\d\\d:\\d\\d)]");
  private static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss",
      Locale.ENGLISH);
  private static final Pattern SINGLE_REMOTE_TASK_CALLS =
      Pattern.compile("(?m)^0x[0-9a-f]+: .* id=second .* task_calls=(\\d+)$");
  /** A section task that real HAProxy runs in a loop has counted hundreds of calls within seconds. */
  private static final long SPINNING_TASK_CALLS = 100;
  /** How late a moment may be asked: the moments are half a second from any change, less real's start's margin. */
  private static final long LATE_MILLIS = 300;
  /** HAProxy's start precedes its socket file by some 50 ms. */
  private static final long REAL_START_BEFORE_SOCKET_MILLIS = 50;
  private static final List<Moment> MOMENTS = List.of(
      new Moment(1_500, List.of("show peers")),
      new Moment(2_500, List.of("show peers dict", "show peers second", "show peers - second",
          "show peers dict mypeers", "show peers nope", "show peers dict nope", "show peers dropped",
          "oper:show peers second", "user:show peers dict second")),
      new Moment(3_500, List.of("show peers")),
      new Moment(6_500, List.of("show peers")));

  @TempDir
  Path folder;

  /** Commands asked {@code millis} after start. */
  private record Moment(long millis, List<String> commands) {
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void theDumpFollowsRealHaproxysReconnectCycle(String version) throws Exception {
    RealHaproxyRequired.require(version, "show peers against real HAProxy " + version);
    String ports = config(Path.of("{DIR}"));
    Path realDir = Files.createDirectories(folder.resolve("real"));
    Path simDir = Files.createDirectories(folder.resolve("sim"));
    Path warmDir = Files.createDirectories(folder.resolve("warm"));
    // a first simulator loads the classes, so that the one compared starts as fast as real HAProxy
    try (Simulator warm = Simulator.builder().version(version).config(write(warmDir, ports)).log(line -> { })
        .start()) {
      assertThat(OneCommand.answer(warmDir.resolve("admin.sock"), "show peers")).contains("id=mypeers");
    }
    List<String> real = new ArrayList<>();
    List<String> simulated = new ArrayList<>();
    Path realConfig = write(realDir, ports);
    Path simConfig = write(simDir, ports);
    try (ConfiguredInstance realInstance = ConfiguredInstance.real(version, realConfig,
        realDir.resolve("admin.sock"))) {
      long realStart = System.nanoTime() / 1_000_000 - REAL_START_BEFORE_SOCKET_MILLIS;
      long simStart = System.nanoTime() / 1_000_000;
      try (ConfiguredInstance simInstance = ConfiguredInstance.simulated(version, simConfig)) {
        for (Moment moment : MOMENTS) {
          real.addAll(ask(realDir, realStart, moment));
          simulated.addAll(ask(simDir, simStart, moment));
        }
      }
    }
    assertThat(real.get(0)).as("real HAProxy's first dump").contains("id=other(remote,active)");
    for (int i = 0; i < real.size(); i++) {
      assertThat(masked(simulated.get(i))).as("answer %d: %s", i, real.get(i)).isEqualTo(masked(real.get(i)));
      List<Long> realCalls = singleRemoteTaskCalls(real.get(i));
      if (realCalls.stream().allMatch(calls -> calls < SPINNING_TASK_CALLS)) {
        assertThat(singleRemoteTaskCalls(simulated.get(i))).as("task_calls of 'second' in answer %d", i)
            .isEqualTo(realCalls);
      }
      assertThat(date(simulated.get(i))).as("the section's date in answer %d", i)
          .isCloseTo(date(real.get(i)), byLessThan(3, ChronoUnit.SECONDS));
    }
  }

  /**
   * The configuration with the instance's folder as {@code {DIR}}; the ports are chosen once, free now, the same
   * for both (only real HAProxy listens, on its local peers' ports; nothing on the remote peers').
   */
  private static String config(Path dir) throws Exception {
    String host = Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.US_ASCII).strip();
    return String.join("\n",
        "global",
        "    stats socket " + dir + "/admin.sock level admin",
        "    stats socket " + dir + "/oper.sock level operator",
        "    stats socket " + dir + "/user.sock level user",
        "defaults",
        "    mode http",
        "    timeout client 5s",
        "    timeout server 5s",
        "    timeout connect 1s",
        "backend early",
        "    stick-table type ip size 10 peers mypeers",
        "    server s1 127.0.0.1:" + port(),
        "peers mypeers",
        "    peer other 127.0.0.1:" + port(),
        "    peer " + host + " 127.0.0.1:" + port(),
        "    peer third 127.0.0.1:" + port(),
        "    table t1 type ip size 1k expire 30s store gpc0",
        "    table t2 type string len 16 size 1k",
        "peers dropped",
        "    peer x 127.0.0.1:" + port(),
        "peers second",
        "    peer " + host + " 127.0.0.1:" + port(),
        "    peer far 127.0.0.1:" + port(),
        "frontend fe",
        "    bind 127.0.0.1:" + port(),
        "    default_backend be",
        "backend be",
        "    stick-table type string len 32 size 10 peers mypeers",
        "    server s1 127.0.0.1:" + port(),
        "backend alone",
        "    stick-table type string len 32 size 10",
        "",
        "");
  }

  private static int port() throws Exception {
    return FixtureInstanceDir.freeLoopbackPort();
  }

  private static Path write(Path dir, String config) throws Exception {
    return Files.writeString(dir.resolve("haproxy.cfg"), config.replace("{DIR}", dir.toString()));
  }

  /**
   * The answers at a moment after the instance's start. A moment may come late on a busy machine (a fresh-clone run
   * once reached one 5 ms late): each is half a second from any change, so up to {@link #LATE_MILLIS} late still
   * asks what the moment means to ask.
   */
  private static List<String> ask(Path dir, long start, Moment moment) throws Exception {
    long wait = start + moment.millis() - System.nanoTime() / 1_000_000;
    assertThat(wait).as("time left before the moment %d ms", moment.millis()).isGreaterThan(-LATE_MILLIS);
    Thread.sleep(Math.max(wait, 0));
    List<String> answers = new ArrayList<>();
    for (String command : moment.commands()) {
      int colon = command.indexOf(':');
      String level = colon < 0 ? "admin" : command.substring(0, colon);
      answers.add(OneCommand.answer(dir.resolve(level + ".sock"), command.substring(colon + 1)));
    }
    return answers;
  }

  /** The task_calls of the section with one remote peer, if the answer dumps it. */
  private static List<Long> singleRemoteTaskCalls(String answer) {
    return SINGLE_REMOTE_TASK_CALLS.matcher(answer).results().map(call -> Long.parseLong(call.group(1))).toList();
  }

  private static String masked(String answer) {
    return DATE.matcher(answer.replaceAll("0x[0-9a-f]{9,}", "<ptr>")).replaceAll("[<date>]")
        .replaceAll("(?m)^(<ptr>: .*) task_calls=\\d+$", "$1 task_calls=<calls>"); // compared apart
  }

  /** The first section's date, or the epoch when the answer has none. */
  private static LocalDateTime date(String answer) {
    Matcher date = DATE.matcher(answer);
    return date.find() ? LocalDateTime.parse(date.group(1), DATE_FORMAT)
        : LocalDateTime.ofInstant(Instant.EPOCH, ZoneId.systemDefault());
  }
}
