package io.hapsim.conformance.info;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.OneCommand;
import io.hapsim.conformance.RealHaproxyRequired;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How stick-table rates set from the CLI fade, against real HAProxy: real and simulator started side by side, each
 * driven on its own thread by the same timeline counted from its own start. A second after start, key k gets
 * gpc0_rate(2s) 6, http_req_rate(4s) 8 and conn_rate(2s) 1, key z gpc0_rate 6 then 0, key r gpc0_rate 6, set again
 * 1.1 s later; show table is read 0.5, 2.5, 4.25 and 5.25 s after the first set; then the table is cleared and read.
 *
 * <p>A rate's period starts at the tick of its own set (made even, so up to 1 ms earlier), not at any phase of the
 * process's clock, so two processes given the same timeline read the same values except within a millisecond or
 * two of a change of value. The reading moments are chosen away from every change: at 2.5 s k's gpc0_rate reads 4
 * (it changes at 2.33 and 2.67 s), at 4.25 s http_req_rate 7 (changes at 4 and 4.5 s), r's gpc0_rate 2, 3.15 s after
 * its second set (changes at 3 and 3.33 s), at 5.25 s http_req_rate 5 (changes at 5 and 5.5 s); conn_rate's 1 stays
 * whole until 4 s. The margin, at least 150 ms, covers the round trips and the scheduling of the two threads, so
 * the readings are compared exactly, without their pointers and expiry dates, which differ by nature.
 */
class TableRatesLiveTest {

  private static final long SET_MILLIS = 1_000;
  private static final long RESET_AFTER_SET_MILLIS = 1_100;
  private static final List<Long> READ_AFTER_SET_MILLIS = List.of(500L, 2_500L, 4_250L, 5_250L);

  @TempDir
  Path folder;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void ratesSetFromTheCliFadeAsRealHaproxysDo(String version) throws Exception {
    RealHaproxyRequired.require(version, "stick-table rates against real HAProxy " + version);
    Path realSocket = Files.createDirectories(folder.resolve("real")).resolve("admin.sock");
    Path simSocket = Files.createDirectories(folder.resolve("sim")).resolve("admin.sock");
    ExecutorService sides = Executors.newFixedThreadPool(2);
    try {
      Future<List<String>> real = sides.submit(side(() -> ConfiguredInstance.real(version,
          config(realSocket), realSocket), realSocket));
      Future<List<String>> simulated = sides.submit(side(() -> ConfiguredInstance.simulated(version,
          config(simSocket)), simSocket));
      List<String> expected = real.get();
      assertThat(expected.get(1)).as("real's k 2.5 s after the set").contains("gpc0_rate(2000)=4");
      assertThat(simulated.get()).isEqualTo(expected);
    } finally {
      sides.shutdownNow();
    }
  }

  /** Starts an instance, plays the timeline on it and returns each reading. */
  private static Callable<List<String>> side(Callable<ConfiguredInstance> starter, Path socket) {
    return () -> {
      try (ConfiguredInstance instance = starter.call()) {
        long start = nowMillis();
        List<String> readings = new ArrayList<>();
        waitUntil(start + SET_MILLIS);
        long set = nowMillis();
        for (String command : List.of(
            "set table be key k data.gpc0_rate 6 data.http_req_rate 8 data.conn_rate 1",
            "set table be key z data.gpc0_rate 6", "set table be key z data.gpc0_rate 0",
            "set table be key r data.gpc0_rate 6")) {
          assertThat(OneCommand.answer(socket, command)).as(command).isEqualTo("\n");
        }
        boolean reset = false;
        for (long moment : READ_AFTER_SET_MILLIS) {
          if (!reset && moment > RESET_AFTER_SET_MILLIS) {
            waitUntil(set + RESET_AFTER_SET_MILLIS);
            OneCommand.answer(socket, "set table be key r data.gpc0_rate 6");
            reset = true;
          }
          waitUntil(set + moment);
          readings.add(withoutAddressesAndExpiry(OneCommand.answer(socket, "show table be")));
        }
        readings.add(OneCommand.answer(socket, "clear table be"));
        readings.add(OneCommand.answer(socket, "show table be"));
        return readings;
      }
    };
  }

  private static String withoutAddressesAndExpiry(String dump) {
    return dump.replaceAll("(?m)^0x[0-9a-f]+: ", "").replaceAll(" exp=\\d+", "");
  }

  private static long nowMillis() {
    return System.nanoTime() / 1_000_000;
  }

  private static void waitUntil(long millis) throws InterruptedException {
    Thread.sleep(Math.max(0, millis - nowMillis()));
  }

  /** A backend alone: nothing connects, so its server's address need not be free. */
  private static Path config(Path socket) throws Exception {
    return ConfiguredInstance.configWith(socket, "backend be",
        "    stick-table type string len 32 size 10 expire 1m store http_req_rate(4s),gpc0_rate(2s),conn_rate(2s)",
        "    server s1 127.0.0.1:1");
  }
}
