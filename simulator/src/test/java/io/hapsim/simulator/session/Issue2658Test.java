package io.hapsim.simulator.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.Simulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * haproxy#2658 end to end, over real UNIX and TCP sockets: 200 payload chunks of 100 entries streamed to a prepared
 * version on one non-interactive connection. 3.0 runs the first chunk, closes, and the client's next writes fail;
 * the same traffic after {@code prompt} works on 3.0 too. 2.x ends the connection whenever a chunk finishes with
 * no further byte buffered: where that happens depends on how the client's bytes arrive, so the 2.x cases either
 * fix the outcome with {@link NonInteractiveClose} or assert only what is certain.
 */
class Issue2658Test {

    private static final int CHUNKS = 200;
    private static final int ENTRIES_PER_CHUNK = 100;

    @TempDir
    Path dir;

    /**
     * Outcomes that do not depend on timing. {@code cutOff}: whether the client sees its writes fail or its
     * connection reset. On UNIX sockets it always does; over TCP ("maybe") the kernel may take every write before
     * the server's reset, which may even come after the client read the end of the answer: only the lost entries
     * are certain. 2.8 drains what follows its close, so its client is never cut off, only ignored.
     */
    @ParameterizedTest(name = "{0} over {1}, prompt first: {2}, non-interactive close: {3}")
    @CsvSource({
        "3.0, unix, false, real, 100, yes",
        "3.0, tcp, false, real, 100, maybe",
        "3.0, unix, true, real, 20000, no",
        "3.0, tcp, true, real, 20000, no",
        "3.2, unix, false, real, 100, yes",
        "3.2, unix, true, real, 20000, no",
        "2.8, unix, false, never, 20000, no",
        "2.8, tcp, false, never, 20000, no",
        "2.8, unix, false, after=50, 5000, no",
        "2.6, unix, false, never, 20000, no",
        "2.6, unix, false, after=50, 5000, yes",
        "2.6, tcp, false, after=50, 5000, maybe",
        "2.4, unix, true, real, 20000, no",
    })
    void streamingChunksOnOneConnection(String version, String transport, boolean promptFirst, String close,
            int applied, String cutOff) throws Exception {
        try (Simulator haproxy = start(version, NonInteractiveClose.parse(close))) {
            Outcome outcome = stream(haproxy, transport, promptFirst);

            if (!cutOff.equals("maybe")) {
                assertThat(outcome.cutOff()).as("the client is cut off").isEqualTo(cutOff.equals("yes"));
            }
            assertThat(outcome.applied()).isEqualTo((long) applied);
        }
    }

    /**
     * As real 2.x: the connection may end after any chunk that left the buffer empty, but never inside one, and a
     * 2.4/2.6 client that lost entries always learns it from a failed write or a reset (over a UNIX socket).
     */
    @ParameterizedTest(name = "{0} over {1}, as real")
    @CsvSource({"2.4, unix", "2.6, unix", "2.6, tcp", "2.8, unix", "2.8, tcp"})
    void streamingChunksAsReal2x(String version, String transport) throws Exception {
        try (Simulator haproxy = start(version, NonInteractiveClose.asReal())) {
            Outcome outcome = stream(haproxy, transport, false);

            assertThat(outcome.applied() % ENTRIES_PER_CHUNK).as("whole chunks only").isZero();
            assertThat(outcome.applied()).isBetween((long) ENTRIES_PER_CHUNK, (long) CHUNKS * ENTRIES_PER_CHUNK);
            boolean lost = outcome.applied() < CHUNKS * ENTRIES_PER_CHUNK;
            if (lost && transport.equals("unix") && !version.startsWith("2.8")) {
                assertThat(outcome.cutOff()).as("a client that lost entries sees EPIPE or ECONNRESET").isTrue();
            }
        }
    }

    private Simulator start(String version, NonInteractiveClose close) throws IOException {
        Path map = dir.resolve("b.map");
        Files.writeString(map, "");
        Path config = dir.resolve("haproxy.cfg");
        Files.writeString(config, String.join("\n",
                "global",
                "    stats socket " + dir.resolve("admin.sock") + " level admin",
                "frontend fe",
                "    bind :8080",
                "    http-request set-var(txn.bulk) req.hdr(x-k),map(" + map + ",none)",
                ""));
        return Simulator.builder().version(version).config(config).tcp("127.0.0.1", 0, AccessLevel.ADMIN)
                .nonInteractiveClose(close).log(line -> { }).start();
    }

    /** What became of the streamed chunks: entries in version 1, and whether the client was cut off. */
    private record Outcome(long applied, boolean cutOff) {
    }

    /** Prepares version 1, streams the chunks on one connection, then counts what version 1 holds. */
    private Outcome stream(Simulator haproxy, String transport, boolean promptFirst) throws Exception {
        Path map = dir.resolve("b.map");
        assertThat(oneShot(haproxy, transport, "prepare map " + map + "\n")).isEqualTo("New version created: 1\n\n");

        StringBuilder traffic = new StringBuilder(promptFirst ? "prompt\n" : "");
        for (int c = 0; c < CHUNKS; c++) {
            traffic.append("add map @1 ").append(map).append(" <<\n");
            for (int e = 0; e < ENTRIES_PER_CHUNK; e++) {
                traffic.append("key").append(c).append('_').append(e).append(" value").append(c).append('_')
                        .append(e).append('\n');
            }
            traffic.append('\n');
        }
        if (promptFirst) {
            traffic.append("quit\n");
        }
        boolean cutOff = sendAll(haproxy, transport, traffic.toString());
        String version1 = oneShot(haproxy, transport, "show map @1 " + map + "\n");
        return new Outcome(version1.lines().filter(line -> line.startsWith("0x")).count(), cutOff);
    }

    /**
     * Writes everything (then half-closes) and drains the answer; true when the server cut the client off: a write
     * failed (EPIPE), or, on TCP where the kernel may take all the writes first, the connection was reset.
     */
    private static boolean sendAll(Simulator haproxy, String transport, String traffic) throws Exception {
        try (Connection connection = Connection.open(haproxy, transport)) {
            java.util.concurrent.atomic.AtomicBoolean reset = new java.util.concurrent.atomic.AtomicBoolean();
            Thread reader = new Thread(() -> reset.set(!connection.drain()));
            reader.start();
            boolean failed = false;
            try {
                // one write per payload command, as a shell loop around socat would do
                for (String chunk : traffic.split("(?<=\n\n)")) {
                    connection.out.write(chunk.getBytes(StandardCharsets.ISO_8859_1));
                    connection.out.flush();
                }
                connection.shutdownOutput();
            } catch (IOException e) {
                failed = true;
            }
            reader.join(Duration.ofSeconds(20).toMillis());
            return failed || reset.get();
        }
    }

    /** One command, then the client's end, as socat sends it (with "never", the server waits for that end). */
    private static String oneShot(Simulator haproxy, String transport, String command) throws Exception {
        try (Connection connection = Connection.open(haproxy, transport)) {
            connection.out.write(command.getBytes(StandardCharsets.ISO_8859_1));
            connection.out.flush();
            connection.shutdownOutput();
            return new String(connection.in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** A blocking stream pair over either transport. */
    private record Connection(AutoCloseable socket, InputStream in, OutputStream out, Runnable halfClose)
            implements AutoCloseable {

        static Connection open(Simulator haproxy, String transport) throws IOException {
            if (transport.equals("tcp")) {
                Socket socket = new Socket(haproxy.tcpAddress().getAddress(), haproxy.tcpAddress().getPort());
                return new Connection(socket, socket.getInputStream(), socket.getOutputStream(), () -> {
                    try {
                        socket.shutdownOutput();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(haproxy.unixSocket()));
            // not Channels.newInputStream/newOutputStream: they share one lock, so a blocked read would block writes
            InputStream in = new InputStream() {
                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return channel.read(ByteBuffer.wrap(buffer, offset, length));
                }
            };
            OutputStream out = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] buffer, int offset, int length) throws IOException {
                    ByteBuffer data = ByteBuffer.wrap(buffer, offset, length);
                    while (data.hasRemaining()) {
                        channel.write(data);
                    }
                }
            };
            return new Connection(channel, in, out, () -> {
                try {
                    channel.shutdownOutput();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }

        void shutdownOutput() throws IOException {
            try {
                halfClose.run();
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
        }

        /** Reads to the end; false when the connection was reset instead of closed. */
        boolean drain() {
            try {
                in.readAllBytes();
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public void close() throws Exception {
            socket.close();
        }
    }
}
