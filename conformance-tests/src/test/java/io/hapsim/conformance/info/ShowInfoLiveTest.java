package io.hapsim.conformance.info;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.hapsim.conformance.FreePorts;
import io.hapsim.conformance.RealHaproxyRequired;
import io.hapsim.conformance.VolatileInfoFields;
import io.hapsim.conformance.replay.target.RealHaproxy;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
* {@code show info} against real HAProxy: the same configuration and the same traffic on the installed 2.6, 3.0,
* 3.2 and 3.4 and on the simulator profile of each, then field by field. The traffic: a first and a second {@code
* show info}, one while two interactive sessions are held (UNIX and TCP), one after they quit. Fields that measure
* the machine or the moment (pid, uptime, memory pools, the run queue and its niced tasks, idle time, boot time,
* bytes per second) are only checked to be there; the bytes sent are compared within a margin (the answers differ by
* their pid and uptime digits); every other field, the task count among them, must be equal.
*/
class ShowInfoLiveTest {

  /** Bytes sent so far: three answers of about 1.2 kB whose pid and uptime digits may differ. */
  private static final int BYTES_SENT_MARGIN = 64;

  @TempDir
  Path folder;

  @TestFactory
  Stream<DynamicTest> showInfoFollowsTheTrafficAsRealHaproxys() {
    return RealHaproxy.VERSIONS.stream().map(version -> dynamicTest("haproxy " + version, () -> compare(version)));
  }

  private void compare(String version) throws Exception {
    RealHaproxyRequired.require(version, "show info comparison");
    List<Map<String, String>> real = traffic(version, true);
    List<Map<String, String>> simulated = traffic(version, false);
    for (int i = 0; i < real.size(); i++) {
      Map<String, String> expected = real.get(i);
      Map<String, String> actual = simulated.get(i);
      assertThat(actual.keySet()).as("show info %d of %s: the fields", i + 1, version)
          .containsExactlyElementsOf(expected.keySet());
      for (String field : expected.keySet()) {
        if (field.equals("TotalBytesOut")) {
          assertThat(Long.parseLong(actual.get(field))).as("show info %d of %s: %s", i + 1, version, field)
              .isCloseTo(Long.parseLong(expected.get(field)), org.assertj.core.data.Offset.offset(
                  (long) BYTES_SENT_MARGIN));
        } else if (!VolatileInfoFields.NAMES.contains(field)) {
          assertThat(actual.get(field)).as("show info %d of %s: %s", i + 1, version, field)
              .isEqualTo(expected.get(field));
        }
      }
    }
  }

  /** Runs the traffic on a fresh instance (real, or the simulator profile); returns the four answers. */
  private List<Map<String, String>> traffic(String version, boolean real) throws Exception {
    Path dir = Files.createDirectories(folder.resolve((real ? "real-" : "sim-") + version));
    Path socket = dir.resolve("admin.sock");
    int[] ports = FreePorts.distinct(2);
    int cliPort = ports[0];
    Path config = Files.writeString(dir.resolve("haproxy.cfg"), String.join("\n",
        "global",
        "    stats socket " + socket + " level admin",
        "    stats socket 127.0.0.1:" + cliPort + " level admin",
        "defaults",
        "    mode http",
        "    timeout client 5s",
        "    timeout server 5s",
        "    timeout connect 5s",
        "frontend web",
        "    bind 127.0.0.1:" + ports[1],
        "    default_backend app",
        "backend app",
        "    server s1 127.0.0.1:9",
        ""));
    try (ConfiguredInstance instance = real ? ConfiguredInstance.real(version, config, socket)
        : ConfiguredInstance.simulated(version, config)) {
      List<Map<String, String>> answers = new ArrayList<>();
      SocketAddress unix = UnixDomainSocketAddress.of(socket);
      answers.add(firstShowInfo(unix));
      settle();
      answers.add(showInfo(unix));
      settle();
      try (SocketChannel heldUnix = prompt(unix);
          SocketChannel heldTcp = prompt(new InetSocketAddress("127.0.0.1", cliPort))) {
        answers.add(showInfo(unix));
        quit(heldUnix);
        quit(heldTcp);
      }
      settle();
      answers.add(showInfo(unix));
      return answers;
    }
  }

  /**
   * Lets the server free the sessions whose sockets it just closed (it does so just after the close, a moment the
   * client cannot see), so that the next answer counts only the connections that are really open.
   */
  private static void settle() throws InterruptedException {
    Thread.sleep(200);
  }

  /** The first {@code show info}: HAProxy may not listen yet when its socket file appears (a refusal counts not). */
  private static Map<String, String> firstShowInfo(SocketAddress address) throws Exception {
    for (int attempt = 0; ; attempt++) {
      try {
        return showInfo(address);
      } catch (java.net.ConnectException e) {
        if (attempt == 100) {
          throw e;
        }
        Thread.sleep(20);
      }
    }
  }

  private static Map<String, String> showInfo(SocketAddress address) throws IOException {
    try (SocketChannel channel = SocketChannel.open(address)) {
      channel.write(ByteBuffer.wrap("show info\n".getBytes(StandardCharsets.ISO_8859_1)));
      channel.shutdownOutput();
      String answer = new String(readAll(channel), StandardCharsets.ISO_8859_1);
      Map<String, String> fields = new LinkedHashMap<>();
      answer.lines().filter(line -> line.contains(": ")).forEach(line -> {
        int colon = line.indexOf(": ");
        fields.put(line.substring(0, colon), line.substring(colon + 2));
      });
      assertThat(fields).as("show info answer: %s", answer).containsKey("Name");
      return fields;
    }
  }

  /** An interactive session, its first prompt read. */
  private static SocketChannel prompt(SocketAddress address) throws IOException {
    SocketChannel channel = SocketChannel.open(address);
    channel.write(ByteBuffer.wrap("prompt\n".getBytes(StandardCharsets.ISO_8859_1)));
    ByteBuffer prompt = ByteBuffer.allocate(16);
    while (prompt.position() < 3) { // "\n> "
      if (channel.read(prompt) < 0) {
        fail("the session closed before its prompt");
      }
    }
    return channel;
  }

  /** Ends an interactive session and waits for the server's close. */
  private static void quit(SocketChannel channel) throws IOException {
    channel.write(ByteBuffer.wrap("quit\n".getBytes(StandardCharsets.ISO_8859_1)));
    readAll(channel);
  }

  private static byte[] readAll(SocketChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
    while (channel.read(buffer) >= 0) {
      if (!buffer.hasRemaining()) {
        fail("more than 64 kB from show info");
      }
    }
    byte[] bytes = new byte[buffer.position()];
    buffer.flip().get(bytes);
    return bytes;
  }
}
