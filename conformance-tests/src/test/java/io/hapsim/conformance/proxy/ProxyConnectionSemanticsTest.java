package io.hapsim.conformance.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.replay.net.Address;
import io.hapsim.conformance.replay.net.CliConnection;
import io.hapsim.conformance.replay.text.Latin1;
import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.session.AccessLevel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The proxy keeps what a connection means, not only its bytes: a client's half-close reaches the target, the
 * target's close reaches the client (whose next writes then fail, as they do directly against 3.0), and a target
 * that cannot be reached closes the client at once.
 */
class ProxyConnectionSemanticsTest {
  private static final byte[] COMMAND = Latin1.encode("show cli level\n");

  @TempDir
  static Path dir;
  private static Simulator v30;
  private static Address upstream;

  @BeforeAll
  static void startSimulator() {
    v30 = Simulator.builder().version("3.0").log(line -> { }).socket(dir.resolve("v30.sock"), AccessLevel.ADMIN)
        .start();
    upstream = new Address.Unix(v30.unixSocket());
  }

  @AfterAll
  static void stopSimulator() {
    v30.close();
  }

  @ParameterizedTest(name = "listen {0}")
  @ValueSource(strings = {"unix", "tcp"})
  void halfCloseGetsTheWholeAnswerThenEof(String listen) throws IOException {
    try (CliProxy proxy = CliProxy.start(listenAddress(listen), upstream, () -> TrafficListener.NONE)) {
      Exchange direct = Exchange.of(upstream, "show info\n", true);
      Exchange proxied = Exchange.of(proxy.listenAddress(), "show info\n", true);
      assertThat(proxied.end()).isEqualTo("eof");
      assertThat(proxied.received()).startsWith("Name: HAProxy\n").endsWith("\n\n");
      assertThat(fieldNames(proxied.received())).isEqualTo(fieldNames(direct.received()));
    }
  }

  @ParameterizedTest(name = "listen {0}")
  @ValueSource(strings = {"unix", "tcp"})
  void writesAfterTheTargetClosedFailAsTheyDoDirectly(String listen) throws Exception {
    try (CliProxy proxy = CliProxy.start(listenAddress(listen), upstream, () -> TrafficListener.NONE)) {
      for (Address address : List.of(upstream, proxy.listenAddress())) {
        try (CliConnection c = CliConnection.open(address, "late-writer", 5000)) {
          assertThat(c.write(COMMAND, 2).ok()).isTrue();
          assertThat(c.awaitClosed(5)).as("3.0 closes a non-interactive connection after its command").isTrue();
          assertThat(Exchange.of(c)).isEqualTo(new Exchange("admin\n\n", "eof"));
          assertThat(Exchange.writeUntilFailure(c, COMMAND, 10)).as(address.toString())
              .isIn("EPIPE", "ECONNRESET");
        }
      }
    }
  }

  @Test
  void anUnreachableTargetClosesTheClientAtOnce() throws IOException {
    Address nowhere = new Address.Unix(dir.resolve("nobody-listens.sock"));
    try (CliProxy proxy = CliProxy.start(new Address.Tcp("127.0.0.1", 0), nowhere, () -> TrafficListener.NONE);
        CliConnection c = CliConnection.open(proxy.listenAddress(), "refused", 5000)) {
      assertThat(c.awaitClosed(2)).isTrue();
      assertThat(c.receivedSize()).isZero();
    }
  }

  private static List<String> fieldNames(String showInfo) {
    return showInfo.lines().map(l -> l.contains(":") ? l.substring(0, l.indexOf(':')) : l).toList();
  }

  private static Address listenAddress(String kind) {
    return kind.equals("unix") ? new Address.Unix(dir.resolve("proxy.sock")) : new Address.Tcp("127.0.0.1", 0);
  }
}
