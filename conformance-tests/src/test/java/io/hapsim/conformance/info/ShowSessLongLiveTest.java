package io.hapsim.conformance.info;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.OneCommand;
import io.hapsim.conformance.RawConnection;
import io.hapsim.conformance.RealHaproxyRequired;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import io.hapsim.conformance.replay.target.RealHaproxyTarget;
import io.hapsim.conformance.replay.target.Target;
import io.hapsim.conformance.replay.target.TargetInstance;
import io.hapsim.conformance.simulator.SimulatorTarget;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code show sess all} and {@code show sess <pointer>} (the long format) against real HAProxy on the corpus
 * fixture (stats timeout 1h), over the admin UNIX socket and over the TCP stats socket, with two more CLI
 * connections held open: one idle since it opened, one that answered {@code prompt}. The three streams' dumps are
 * compared line by line, ordered by stream id (real lists each thread's streams in turn), with these masks only:
 * <ul>
 *   <li>every pointer ({@code 0x} and at least nine hex digits): addresses of real's memory;</li>
 *   <li>the accept date, the ages and the timers that count down ({@code exp=}, {@code rex=}, {@code rto=} when
 *       they hold a time): they move with the clock (whether a timer runs, {@code <NEVER>}, and {@code ioto=}
 *       stay compared);</li>
 *   <li>the client's port ({@code source=127.0.0.1:N}), given by the kernel, and the instance's own TCP port;</li>
 *   <li>descriptors ({@code fd=N}), which depend on what real opened before, and the thread fields
 *       ({@code tmask}, {@code tid}, {@code fd.tmask}, {@code fd.state}), which depend on the thread real handed
 *       the connection to (the simulator's are one thread's);</li>
 *   <li>the task's call rate, which 2.6 counts over the last second;</li>
 *   <li>for the asking stream and the one that answered: the channel flags, the applet's call count and the
 *       timers' presence, which depend on how far real's threads got with them when the dump looked (measured:
 *       flags differ between runs by one bit, calls by one, 2.6's answered task timer may be set or not);</li>
 *   <li>for the asking stream only: its front connector's flags and subscription ({@code sub=}), whether its
 *       descriptor waits for an update ({@code updt=}) and whether it still holds its request buffer (measured:
 *       each differs between runs), and on 2.6 its response {@code total=}, {@code o=} and {@code p=}, the size of
 *       the dump before it, which depends on the order real's threads list the streams in.</li>
 * </ul>
 * The ids ({@code id=}) are compared from the idle stream's: the connections that check the instance is up take ids
 * too, and a real process with several threads may accept the last of them after the test's first (a fresh-clone run
 * saw real 3.2 number the idle stream 2 and the next ones 6 and 7), so the test waits for them to be gone first.
 * Each {@code show sess} of that wait moves the process's dump epoch on, and a slow real process needs more of them,
 * so the epochs ({@code epoch=}, 3.x) are compared from the idle stream's too. The
 * bytes read and written ({@code total=}, {@code in=}, {@code out=}), the listener's id and address, the stats
 * timeout ({@code ioto=}), the states and everything else are compared as they are.
 */
class ShowSessLongLiveTest {
  private static final Pattern ID = Pattern.compile("\\] id=(\\d+) ");
  private static final Pattern EPOCH = Pattern.compile("\\bepoch=(0x[0-9a-f]+|0)\\b");
  private static final String BLOCK_START = "(?m)^(?=0x[0-9a-f]+: \\[)";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void longDumpsAreRealHaproxys(String version) throws Exception {
    RealHaproxyRequired.require(version, "show sess all against real HAProxy " + version);

    for (String socket : List.of("admin", "tcp")) {
      List<String> real = answers(RealHaproxyTarget.of(version), socket);
      List<String> simulated = answers(SimulatorTarget.of(version), socket);

      assertThat(simulated).hasSameSizeAs(real);
      for (int i = 0; i < real.size(); i++) {
        assertThat(simulated.get(i)).as(socket + " step " + i).isEqualTo(real.get(i));
      }
    }
  }

  /** {@code show sess all}, then {@code show sess} of the idle stream, both asked on that socket, masked. */
  private static List<String> answers(Target target, String socket) throws Exception {
    String scenario = "{\"connections\": [], \"instance\": {\"env\": {\"STATS_TIMEOUT\": \"1h\"}}}";
    try (TargetInstance instance = target.start(ScenarioLoader.parse(scenario, "sess-long"))) {
      String tcp = instance.sockets().get("tcp");
      String port = tcp.substring(tcp.lastIndexOf(':') + 1);
      SocketAddress address = socket.equals("tcp")
          ? new InetSocketAddress("127.0.0.1", Integer.parseInt(port))
          : UnixDomainSocketAddress.of(OneCommand.socket(instance, socket));
      List<String> answers = new ArrayList<>();
      settle(address);
      try (RawConnection idle = RawConnection.open(address)) {
        // over TCP real makes the stream on the thread that takes the connection: two at once would race for ids
        Thread.sleep(100);
        RawConnection prompted = RawConnection.open(address);
        prompted.send("prompt\n");
        assertThat(prompted.readOnce()).isEqualTo("\n> ");
        Thread.sleep(1200); // past a second, so that the timers left read 59m58s or 59m59s on both sides
        List<String> streams = streams(ask(address, "show sess all"));
        assertThat(streams).as("real HAProxy dumped three streams").hasSize(3);
        long idleId = id(streams.get(0));
        long idleEpoch = epoch(streams.get(0));
        answers.add(masked(streams, port, idleId, idleEpoch));
        String idlePointer = streams.get(0).substring(0, streams.get(0).indexOf(':'));
        answers.add(masked(streams(ask(address, "show sess " + idlePointer)), port, idleId, idleEpoch));
        prompted.close();
      }
      return answers;
    }
  }

  /**
   * The dumps of the streams in the answer, by id (the idle stream first, then the prompted, then the asking), once
   * checked that the answer ends with the blank line that ends every answer.
   */
  private static List<String> streams(String answer) {
    assertThat(answer).endsWith("\n\n");
    List<String> streams = new ArrayList<>(List.of(answer.substring(0, answer.length() - 1).split(BLOCK_START)));
    streams.removeIf(String::isBlank);
    streams.sort(Comparator.comparingLong(ShowSessLongLiveTest::id));
    return streams;
  }

  /** Waits until the instance serves no other stream than the one asking: every earlier connection is gone. */
  private static void settle(SocketAddress address) throws Exception {
    for (int attempt = 0; attempt < 50; attempt++) {
      if (ask(address, "show sess").lines().filter(line -> line.startsWith("0x")).count() == 1) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("other streams than the asking one were still served after 5 s");
  }

  /** The stream's dump epoch, 0 where the version prints none. */
  private static long epoch(String stream) {
    Matcher epoch = EPOCH.matcher(stream);
    return epoch.find() ? Long.decode(epoch.group(1)) : 0;
  }

  private static long id(String stream) {
    Matcher id = ID.matcher(stream);
    return id.find() ? Long.parseLong(id.group(1)) : -1;
  }

  /**
   * The dumps with the masks of the class comment, ids counted from {@code idleId} and epochs from
   * {@code idleEpoch}; the first one is the idle stream's, the only stable one.
   */
  private static String masked(List<String> streams, String port, long idleId, long idleEpoch) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < streams.size(); i++) {
      String epochs = EPOCH.matcher(streams.get(i))
          .replaceAll(epoch -> "epoch=idle+" + (Long.decode(epoch.group(1)) - idleEpoch));
      String stream = ID.matcher(epochs).replaceFirst(id -> "] id=idle+"
              + (Long.parseLong(id.group(1)) - idleId) + " ")
          .replaceAll("0x[0-9a-f]{9,}", "<ptr>")
          .replaceFirst("\\[[^]]+] ", "[<date>] ").replace(":" + port, ":<port>")
          .replaceAll("source=127\\.0\\.0\\.1:\\d+", "source=127.0.0.1:<client>")
          .replaceAll("\\b(age|exp|rex|rto)=\\d[0-9dhms]*", "$1=<t>").replaceAll("(?<![.])fd=\\d+", "fd=<fd>")
          .replaceAll("(tmask|fd\\.state)=\\w+", "$1=<thr>").replaceAll("tid=\\d+(\\(\\d+/\\d+\\))?", "tid=<thr>")
          .replaceAll("(task=<ptr> \\([^)]*rate=)\\d+", "$1<rate>");
      boolean idle = i == 0 && streams.size() == 3 || streams.size() == 1;
      if (!idle) {
        stream = stream.replaceAll("\\(f=0x[0-9a-f]+", "(f=<momentary>").replaceAll("(\\bcalls=)\\d+ (rate=0)$",
            "$1<momentary> $2").replaceAll("(?m)(applet=<CLI> .*calls=)\\d+", "$1<momentary>")
            .replaceAll("\\b(exp|rex)=(<t>|<NEVER>)", "$1=<momentary>");
      }
      if (!idle && i == streams.size() - 1) {
        stream = stream.replaceAll("(scf=<ptr> flags=)0x[0-9a-f]+", "$1<momentary>")
            .replaceAll("(scf=<ptr> .* sub=)\\d", "$1<momentary>").replaceAll("updt=\\d", "updt=<momentary>")
            .replaceAll("(?s)(req=<ptr> .*?buf=<ptr> )data=\\S+ (o=0 p=0 i=0) size=\\d+",
                "$1data=<momentary> $2 size=<momentary>")
            .replaceAll("(res=<ptr> \\([^)]*total=)\\d+", "$1<dumped>")
            .replaceAll("(?s)(res=<ptr> .*)o=\\d+ p=\\d+", "$1o=<dumped> p=<dumped>");
      }
      out.append(stream);
    }
    return out.toString();
  }

  /** What a connection of its own answered to {@code command}, until the close. */
  private static String ask(SocketAddress address, String command) throws IOException {
    try (RawConnection connection = RawConnection.open(address)) {
      connection.send(command + "\n");
      return connection.readToEnd();
    }
  }
}
