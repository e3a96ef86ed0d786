package io.hapsim.conformance.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.replay.net.Address;
import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.session.NonInteractiveClose;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The proxy changes no byte: a client gets through it exactly what it gets directly from an embedded simulator,
 * both ways, for every combination of UNIX and TCP on the listening and the target side.
 */
class ProxyForwardingTest {
  private static final int MAP_ENTRIES = 50_000;

  @TempDir
  static Path dir;
  private static Path bigMap;
  private static Simulator v30;
  private static Simulator v26;

  @BeforeAll
  static void startSimulators() throws IOException {
    bigMap = dir.resolve("big.map");
    StringBuilder map = new StringBuilder();
    for (int i = 0; i < MAP_ENTRIES; i++) {
      map.append("key").append(i).append(" value").append(i).append('\n');
    }
    Files.writeString(bigMap, map, StandardCharsets.US_ASCII);
    v30 = Simulator.builder().version("3.0").map(bigMap, "str").log(line -> { })
        .socket(dir.resolve("v30.sock"), AccessLevel.ADMIN).tcp("127.0.0.1", 0, AccessLevel.ADMIN).start();
    // every line of a non-interactive 2.x session runs, whatever the timing: the comparison is about bytes only
    v26 = Simulator.builder().version("2.6").map(bigMap, "str").log(line -> { })
        .nonInteractiveClose(NonInteractiveClose.never())
        .socket(dir.resolve("v26.sock"), AccessLevel.ADMIN).tcp("127.0.0.1", 0, AccessLevel.ADMIN).start();
  }

  @AfterAll
  static void stopSimulators() {
    v30.close();
    v26.close();
  }

  static Stream<Arguments> sides() {
    return Stream.of(Arguments.of("unix", "unix"), Arguments.of("unix", "tcp"), Arguments.of("tcp", "unix"),
        Arguments.of("tcp", "tcp"));
  }

  @ParameterizedTest(name = "listen {0}, target {1}")
  @MethodSource("sides")
  void answersCrossUnchanged(String listen, String target) throws IOException {
    Address upstream = address(v30, target);
    try (CliProxy proxy = CliProxy.start(listenAddress(listen), upstream, () -> TrafficListener.NONE)) {
      for (String request : new String[] {"show cli level\n", "help\n", "show map " + bigMap + "\n",
          "prompt\nshow cli level\nshow map " + bigMap + "\nquit\n"}) {
        Exchange direct = Exchange.of(upstream, request, false);
        assertThat(Exchange.of(proxy.listenAddress(), request, false)).as(request).isEqualTo(direct);
      }
      Exchange big = Exchange.of(proxy.listenAddress(), "show map " + bigMap + "\n", false);
      assertThat(big.received().lines().filter(l -> l.contains(" key")).count()).isEqualTo(MAP_ENTRIES);
    }
  }

  @ParameterizedTest(name = "listen {0}, target {1}")
  @MethodSource("sides")
  void multiLineNonInteractiveSessionOf26CrossesUnchanged(String listen, String target) throws IOException {
    Address upstream = address(v26, target);
    // leaves the map as it found it, so that the direct and the proxied runs start from the same state; ends with
    // quit rather than a half-close, which 2.x may see while the big answer is still being written (a race)
    String session = "show cli level\nshow map " + bigMap + "\nset map " + bigMap + " key7 seven\nget map "
        + bigMap + " key7\nset map " + bigMap + " key7 value7\nquit\n";
    try (CliProxy proxy = CliProxy.start(listenAddress(listen), upstream, () -> TrafficListener.NONE)) {
      Exchange direct = Exchange.of(upstream, session, false);
      Exchange proxied = Exchange.of(proxy.listenAddress(), session, false);
      assertThat(proxied).isEqualTo(direct);
      assertThat(proxied.received()).startsWith("admin\n\n").contains("value=\"seven\"");
      assertThat(proxied.end()).isEqualTo("eof");
    }
  }

  private static Address address(Simulator sim, String kind) {
    return kind.equals("unix") ? new Address.Unix(sim.unixSocket())
        : new Address.Tcp("127.0.0.1", sim.tcpAddress().getPort());
  }

  private static Address listenAddress(String kind) {
    return kind.equals("unix") ? new Address.Unix(dir.resolve("proxy.sock")) : new Address.Tcp("127.0.0.1", 0);
  }
}
