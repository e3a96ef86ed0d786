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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code show sess}, {@code shutdown session} and {@code show env} against real HAProxy on the corpus fixture (stats
 * timeout 1h), with two more CLI connections held open (one idle, one that answered {@code prompt}): the same lines
 * once pointers, descriptors, ages, rates, timeouts left and flags are masked (sorted: real lists each thread's
 * streams in turn; the flags and timeouts of the asking stream and of the one that answered depend on when real
 * HAProxy looked at them, 2.6's asking stream showing its read timeout or not), the idle one closed by {@code shutdown session} with the same answers, the same errors, and the same
 * {@code HAPROXY_*} variables in the same order (the inherited environments differ).
 */
class ShowSessAndEnvLiveTest {
  private static final Pattern IDLE_POINTER = Pattern.compile("(0x[0-9a-f]+): [^\n]* rq\\[f=808000h,");
  private static final List<String> ERRORS = List.of("admin:shutdown session", "admin:shutdown session zz",
      "admin:shutdown session 0x1234", "admin:set severity-output number; shutdown session 1234",
      "admin:show sess 0x1234", "oper:shutdown session 0x1234", "user:show sess", "user:show env",
      "oper:show env NOPE", "admin:set severity-output number; show env HAPROXY", "admin:show sess help",
      "admin:show sess zz", "admin:show sess susp", "admin:show sess older", "admin:show sess server #3/#2",
      "admin:show sess server be/#9", "admin:show sess backend #3", "admin:show sess frontend #2");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void sessionsAndEnvironmentAreRealHaproxys(String version) throws Exception {
    RealHaproxyRequired.require(version, "show sess and show env against real HAProxy " + version);

    List<String> real = answers(RealHaproxyTarget.of(version));
    List<String> simulated = answers(SimulatorTarget.of(version));

    assertThat(real.get(0)).as("real HAProxy listed three streams").hasLineCount(3);
    assertThat(simulated).hasSameSizeAs(real);
    for (int i = 0; i < real.size(); i++) {
      assertThat(simulated.get(i)).as("step " + i).isEqualTo(real.get(i));
    }
  }

  private static List<String> answers(Target target) throws Exception {
    String scenario = "{\"connections\": [], \"instance\": {\"env\": {\"STATS_TIMEOUT\": \"1h\"}}}";
    try (TargetInstance instance = target.start(ScenarioLoader.parse(scenario, "sess-env"))) {
      Path admin = OneCommand.socket(instance, "admin");
      String dir = admin.getParent().toString();
      String port = instance.sockets().get("tcp").substring("127.0.0.1:".length());
      List<String> answers = new ArrayList<>();
      try (RawConnection idle = RawConnection.open(admin); RawConnection prompted = RawConnection.open(admin)) {
        prompted.send("prompt\n");
        assertThat(prompted.readOnce()).isEqualTo("\n> ");
        Thread.sleep(100);
        String listing = OneCommand.answer(OneCommand.socket(instance, "oper"), "show sess");
        answers.add(masked(listing));
        Matcher idleLine = IDLE_POINTER.matcher(listing);
        assertThat(idleLine.find()).as("an idle stream with the idle flags in " + listing).isTrue();
        String shutdown = "shutdown session " + idleLine.group(1);
        answers.add(OneCommand.answer(admin, shutdown));
        answers.add(idle.readOnce() + "<end>");
        // not shut down again: real may have given its memory, so its pointer, to the next connection's stream
        answers.add(settled(() -> OneCommand.answer(admin, "show sess"), 2));
      }
      for (String error : ERRORS) {
        String answer = OneCommand.answer(instance, error);
        // 2.6 and 3.0 list all for a non-pointer: by then, only the asking stream
        answers.add(answer.startsWith("0x") ? settled(() -> OneCommand.answer(instance, error), 1) : answer);
      }
      String environment = OneCommand.answer(admin, "show env");
      for (String line : environment.split("\n")) {
        if (line.startsWith("HAPROXY_")) {
          String name = line.substring(0, line.indexOf('='));
          answers.add(OneCommand.answer(admin, "show env " + name).replace(dir, "{DIR}").replace(port, "{PORT}"));
        }
      }
      return answers;
    }
  }

  /** A listing of the streams, asked for again until it is settled. */
  @FunctionalInterface
  private interface Listing {
    String ask() throws IOException;
  }

  /**
   * The listing once it shows {@code streams} streams (the asking one included), masked, its epochs too: real
   * HAProxy releases a closed stream (shut down, or the previous command's) a moment after the client saw its
   * connection close, so it is asked again (for at most two seconds) until the stream is gone, and each asking moves
   * the epoch on. A fresh-clone run once saw the previous command's stream still listed.
   */
  private static String settled(Listing listing, int streams) throws IOException, InterruptedException {
    String answer = listing.ask();
    for (int attempt = 0; attempt < 40 && answer.strip().split("\n").length != streams; attempt++) {
      Thread.sleep(50);
      answer = listing.ask();
    }
    return masked(answer).replaceAll("epoch=\\w+", "epoch=<epoch>");
  }

  /** The lines with their volatile values masked, sorted (the flags of the idle stream are checked apart). */
  private static String masked(String listing) {
    String[] lines = listing.strip().split("\n");
    for (int i = 0; i < lines.length; i++) {
      lines[i] = lines[i].replaceFirst("^0x[0-9a-f]+:", "<ptr>:").replaceAll("fd=\\d+", "fd=<fd>")
          .replaceAll("age=\\w+", "age=<age>").replaceAll("rate=\\d+", "rate=<rate>")
          .replaceAll("(rx|rex|exp)=[^, \\]]*", "$1=<left>").replaceAll("f=[0-9a-f]+h", "f=<flags>h")
          .replaceAll("scf=\\[8,[0-9a-f]+h", "scf=[8,<flags>h");
    }
    Arrays.sort(lines);
    return String.join("\n", lines) + "\n";
  }
}
