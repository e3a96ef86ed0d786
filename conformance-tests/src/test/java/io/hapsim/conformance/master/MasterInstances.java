package io.hapsim.conformance.master;

import io.hapsim.conformance.replay.net.Address;
import io.hapsim.conformance.replay.net.CliConnection;
import io.hapsim.conformance.replay.scenario.Scenario;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * What the live tests of master-worker behaviour share: an instance of the corpus fixture in master-worker mode, and
 * the ways they talk to its sockets, the same on real HAProxy and on the simulator.
 */
final class MasterInstances {

  /** How long one question of {@link #poll} waits for its answer. */
  static final long POLL_ANSWER_MS = 2_000;

  /** A scenario of no connection whose instance runs in master-worker mode: what a target starts for it. */
  static final Scenario MASTER_WORKER =
      ScenarioLoader.parse("{\"name\": \"master-worker\", \"instance\": {\"master\": true}, \"connections\": []}", "");

  private MasterInstances() {
  }

  /** The socket file of a {@code unix:PATH} address. */
  static Path path(String address) {
    return Path.of(address.substring("unix:".length()));
  }

  /** The whole answer to {@code input} at {@code address}, the client's side closed after it (then the CLI closes). */
  static String ask(String address, String input, long timeoutMs) throws IOException {
    try (CliConnection cli = CliConnection.open(Address.parse(address), "ask", timeoutMs)) {
      cli.write(input.getBytes(StandardCharsets.US_ASCII), 1.0);
      cli.shutdownOutput();
      cli.awaitClosed(timeoutMs / 1000.0);
      return text(cli);
    }
  }

  /**
   * Asks every {@code pauseMs} until the answer passes {@code done} or {@code timeoutMs} have passed; a connection
   * that fails answers {@code refused (<why>)}. The last answer. Each question waits {@link #POLL_ANSWER_MS} at the
   * most: a connection a real master accepts just as it executes itself again may never be served.
   */
  static String poll(String address, String input, Predicate<String> done, long timeoutMs, long pauseMs)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
    String answer;
    do {
      try {
        answer = ask(address, input, Math.min(timeoutMs, POLL_ANSWER_MS));
      } catch (IOException e) {
        answer = "refused (" + e.getMessage() + ")";
      }
      if (done.test(answer)) {
        return answer;
      }
      Thread.sleep(pauseMs);
    } while (System.nanoTime() < deadline);
    return answer;
  }

  /** What a connection has received so far, as text. */
  static String text(CliConnection connection) {
    return new String(connection.snapshot().data(), StandardCharsets.ISO_8859_1);
  }

  /** A non-blocking connect: it fails at once where a blocking one would wait for room in the queue. */
  static SocketChannel connectWithoutWaiting(Path socket) throws IOException {
    SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      channel.configureBlocking(false);
      channel.connect(UnixDomainSocketAddress.of(socket));
      channel.configureBlocking(true);
      return channel;
    } catch (IOException e) {
      channel.close();
      throw e;
    }
  }
}
