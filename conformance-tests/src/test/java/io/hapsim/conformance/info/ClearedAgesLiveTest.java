package io.hapsim.conformance.info;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hapsim.conformance.OneCommand;
import io.hapsim.conformance.RealHaproxyRequired;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What {@code clear counters all} does to the ages of backends and servers, against real HAProxy, real and
 * simulator started side by side and asked at the same moments after their own start, half a second away from a
 * whole second: a backend whose only server is disabled (DOWN) and one whose server takes traffic (UP), read in
 * show stat (status, lastchg, downtime of each BACKEND row) and show servers state (each server's age), before the
 * clear, right after it and 2 s later.
 *
 * <p>The statuses, and lastchg where the clear zeroes it (3.0+), must be equal. The other figures count seconds: from
 * the start (2.6 and 3.4 throughout, 3.0 and 3.2 before the clear), within 1 s, since each process floors its own clock at start and now (the same 1.5 s reads 1 or 2 by the
 * start's sub-second phase). On 3.0 and 3.2, after the clear, the down backend's downtime and the servers' ages read
 * each process's internal clock (3.0: the wall clock, 3.2: the host's monotonic clock, each shifted to the next
 * 32-bit millisecond wrap, less 20 s, a shift truncated to whole seconds) plus its time since start: two processes
 * started a moment apart read figures apart by that moment and the truncation, so they are compared within 3 s, and
 * real's must be such a figure (over a million), which shows the clear took the clock's zero as the date.
 *
 * <p>Not compared: a down server's own downtime in its show stat row, which reads the same internal clock on real
 * 3.0 and 3.2 once the clear zeroed its date; it needs a failing health check, which the simulator does not run
 * (its checks pass), so its formula is only covered by the simulator's unit tests.
 */
class ClearedAgesLiveTest {

  /** Two internal clocks started a moment apart, each floored to whole seconds (see the class comment). */
  private static final long CLOCK_TOLERANCE_SECONDS = 3;
  /** A figure counted from start, floored at start and now by each process. */
  private static final long SINCE_START_TOLERANCE_SECONDS = 1;
  /** Smaller than any internal clock reading after a clear (3.2's is some 4.29e6 s), larger than any test run. */
  private static final long INTERNAL_CLOCK_FLOOR = 1_000_000;
  /** Before the clear, right after it, and 2 s later, in milliseconds after start. */
  private static final long BEFORE_MILLIS = 1_500;
  private static final long CLEAR_MILLIS = 2_500;
  private static final long LATER_MILLIS = 4_500;

  @TempDir
  Path folder;

  /** What one reading saw: each BACKEND row's name and status, lastchg and downtime, and each server's age. */
  private record Reading(List<String> statuses, List<Long> lastchg, List<Long> downtimes, List<Long> ages) {
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2.6, false, false", "3.0, true, true", "3.2, true, true", "3.4, true, false"})
  void agesAfterClearingAllCountersAreRealHaproxys(String version, boolean clearZeroesLastchg,
      boolean clearReadsInternalClock) throws Exception {
    RealHaproxyRequired.require(version, "clear counters all against real HAProxy " + version);
    Path realSocket = Files.createDirectories(folder.resolve("real")).resolve("admin.sock");
    Path simSocket = Files.createDirectories(folder.resolve("sim")).resolve("admin.sock");
    List<Reading> real = new ArrayList<>();
    List<Reading> simulated = new ArrayList<>();
    try (ConfiguredInstance realInstance = ConfiguredInstance.real(version, config(realSocket), realSocket)) {
      long realStart = System.nanoTime() / 1_000_000;
      try (ConfiguredInstance simInstance = ConfiguredInstance.simulated(version, config(simSocket))) {
        long simStart = System.nanoTime() / 1_000_000;
        for (long moment : List.of(BEFORE_MILLIS, CLEAR_MILLIS, LATER_MILLIS)) {
          real.add(read(realSocket, realStart, moment));
          simulated.add(read(simSocket, simStart, moment));
        }
      }
    }
    for (int i = 0; i < real.size(); i++) {
      Reading expected = real.get(i);
      Reading actual = simulated.get(i);
      String when = (i == 0 ? "before" : "after") + " the clear, reading " + (i + 1) + " of " + version;
      assertThat(actual.statuses()).as("statuses %s", when).isEqualTo(expected.statuses());
      boolean cleared = i > 0;
      if (cleared && clearZeroesLastchg) {
        assertThat(actual.lastchg()).as("lastchg %s", when).isEqualTo(expected.lastchg()).containsOnly(0L);
      } else {
        assertClose(actual.lastchg(), expected.lastchg(), SINCE_START_TOLERANCE_SECONDS, "lastchg " + when);
      }
      long tolerance = cleared && clearReadsInternalClock ? CLOCK_TOLERANCE_SECONDS : SINCE_START_TOLERANCE_SECONDS;
      if (cleared && clearReadsInternalClock) {
        assertThat(expected.downtimes().get(0)).as("real's down backend's downtime %s", when)
            .isGreaterThan(INTERNAL_CLOCK_FLOOR);
        assertThat(expected.ages()).as("real's server ages %s", when).allMatch(age -> age > INTERNAL_CLOCK_FLOOR);
      }
      assertClose(actual.downtimes(), expected.downtimes(), tolerance, "downtime " + when);
      assertClose(actual.ages(), expected.ages(), tolerance, "show servers state ages " + when);
    }
  }

  /** Waits until {@code moment} after {@code start}, clears the counters at the clear's moment, then reads. */
  private static Reading read(Path socket, long start, long moment) throws Exception {
    Thread.sleep(Math.max(0, start + moment - System.nanoTime() / 1_000_000));
    if (moment == CLEAR_MILLIS) {
      assertThat(OneCommand.answer(socket, "clear counters all")).isEqualTo("\n");
    }
    List<String[]> backends = OneCommand.answer(socket, "show stat").lines().map(line -> line.split(",", -1))
        .filter(fields -> fields.length > 24 && fields[1].equals("BACKEND")).toList();
    List<Long> ages = OneCommand.answer(socket, "show servers state").lines().map(line -> line.split(" "))
        .filter(fields -> fields.length > 9 && !fields[0].startsWith("#")).map(fields -> Long.parseLong(fields[9]))
        .toList();
    return new Reading(backends.stream().map(fields -> fields[0] + " " + fields[17]).toList(),
        backends.stream().map(fields -> Long.parseLong(fields[23])).toList(),
        backends.stream().map(fields -> Long.parseLong(fields[24])).toList(), ages);
  }

  private static void assertClose(List<Long> actual, List<Long> expected, long tolerance, String what) {
    assertThat(actual).as(what).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i)).as("%s, row %d (real: %s, simulator: %s)", what, i + 1, expected, actual)
          .isCloseTo(expected.get(i), within(tolerance));
    }
  }

  /** Two backends and no frontend: nothing connects, so the servers' addresses need not be free. */
  private static Path config(Path socket) throws Exception {
    return ConfiguredInstance.configWith(socket, "backend down", "    server disabled 127.0.0.1:1 disabled",
        "backend up", "    server serving 127.0.0.1:1");
  }
}
