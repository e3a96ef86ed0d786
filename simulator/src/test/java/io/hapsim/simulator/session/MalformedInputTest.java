package io.hapsim.simulator.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hapsim.simulator.RawClient;
import io.hapsim.simulator.Simulator;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile input never crashes or hangs the simulator, and never disturbs other connections. */
class MalformedInputTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @ParameterizedTest
    @ValueSource(strings = {"2.4", "2.6", "2.8", "3.0", "3.2"})
    void binaryBytesAndNulsGetAnAnswerAndTheServerStaysHealthy(String version) throws Exception {
        try (Simulator simulator = Simulator.builder().version(version).start()) {
            byte[] noise = new byte[4000];
            new Random(42).nextBytes(noise);
            noise[10] = 0;
            noise[noise.length - 1] = '\n';
            try (RawClient client = RawClient.connect(simulator)) {
                client.send(new String(noise, java.nio.charset.StandardCharsets.ISO_8859_1)).shutdownOutput();
                assertThat(client.finish(WAIT).closedByServer()).isTrue();
            }
            assertHealthy(simulator);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.4", "2.6", "2.8.0", "2.8", "3.0", "3.2", "3.4"})
    void aTenMegabyteLineWithoutNewlineIsRefusedWithoutReadingItAll(String version) throws Exception {
        try (Simulator simulator = Simulator.builder().version(version).start();
                SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(simulator.unixSocket()));
            ByteBuffer line = ByteBuffer.allocate(10 * 1024 * 1024);
            while (line.hasRemaining()) {
                line.put((byte) 'x');
            }
            line.flip();
            // the server closes once one buffer is full: the rest can never be written
            assertThatThrownBy(() -> {
                while (line.hasRemaining()) {
                    channel.write(line);
                }
            }).isInstanceOf(IOException.class);
            assertThat(line.position()).isLessThan(line.limit());
            assertHealthy(simulator);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.8", "3.0", "3.2"})
    void aClientThatNeverReadsOnlyStallsItself(String version) throws Exception {
        try (Simulator simulator = Simulator.builder().version(version).start();
                SocketChannel greedy = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            greedy.connect(UnixDomainSocketAddress.of(simulator.unixSocket()));
            greedy.configureBlocking(false);
            ByteBuffer commands = ByteBuffer.wrap(("prompt\n" + "help\n".repeat(200_000)).getBytes());
            writeUntilStalled(greedy, commands);
            // the server stopped reading: its answers back up and it no longer takes commands from this client
            assertThat(commands.hasRemaining()).isTrue();
            assertHealthy(simulator);
        }
    }

    @Test
    void threeThreeStopsReadingAPayloadThatOutgrowsItsBuffer() throws Exception {
        try (Simulator simulator = Simulator.builder().version("3.3").start();
                SocketChannel client = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            client.connect(UnixDomainSocketAddress.of(simulator.unixSocket()));
            client.configureBlocking(false);
            ByteBuffer payload = ByteBuffer.wrap(("add map m <<\n" + "key value\n".repeat(1_000_000)).getBytes());
            writeUntilStalled(client, payload); // a close would make it throw
            // 3.3.0 spins: no answer, no close, and nothing more is read, so the client's writes back up
            assertThat(payload.hasRemaining()).isTrue();
            assertHealthy(simulator);
        }
    }

    private static void assertHealthy(Simulator simulator) throws Exception {
        try (RawClient other = RawClient.connect(simulator)) {
            assertThat(other.send("show cli level\n").finish(WAIT).received()).isEqualTo("admin\n\n");
        }
    }

    /** Writes on a non-blocking channel until everything is written or {@link #WAIT} has passed. */
    private static void writeUntilStalled(SocketChannel channel, ByteBuffer data) throws IOException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (data.hasRemaining() && System.nanoTime() < deadline) {
            channel.write(data);
        }
    }
}
