package io.hapsim.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hapsim serve} out of memory: it used to lose its event loop and live on with its sockets open, answering
 * nothing and ignoring SIGTERM. It must exit, saying why, and leave no socket behind.
 */
class ServeOutOfMemoryTest {

    @TempDir
    Path dir;

    @Test
    void exitsWithAMessageInsteadOfHangingItsClients() throws Exception {
        Path map = Files.createFile(dir.resolve("big.map"));
        Path socket = dir.resolve("admin.sock");
        Path output = dir.resolve("serve.log");
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                HapsimTool.class.getName(), "serve", "--version", "3.2", "--socket", socket.toString(),
                "--map", map.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            for (int i = 0; i < 600 && !Files.exists(socket); i++) {
                Thread.sleep(50);
            }
            loadUntilTheConnectionEnds(socket, map);

            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("the simulator exits").isTrue();
            assertThat(serve.exitValue()).isEqualTo(ExitCodes.INTERNAL);
            assertThat(Files.readString(output))
                    .contains("hapsim: java.lang.OutOfMemoryError: cannot serve any more, exiting");
            assertThat(socket).as("the shutdown hook removed it").doesNotExist();
        } finally {
            serve.destroyForcibly();
        }
    }

    /** A prompt session adding entries of 100-byte keys until the simulator ends the connection. */
    private static void loadUntilTheConnectionEnds(Path socket, Path map) throws Exception {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            Thread reader = new Thread(() -> {
                ByteBuffer answers = ByteBuffer.allocate(64 * 1024);
                try {
                    while (channel.read(answers.clear()) >= 0) {
                        // drained
                    }
                } catch (IOException ended) {
                    // the connection ended: what the load waits for
                }
            });
            reader.start();
            String padding = "k".repeat(90);
            write(channel, "prompt\n");
            try {
                for (int chunk = 0; chunk < 50_000; chunk++) {
                    StringBuilder text = new StringBuilder("add map " + map + " <<\n");
                    for (int e = 0; e < 100; e++) { // ~10 KB: a payload must fit in tune.bufsize
                        text.append(padding).append(chunk).append('.').append(e).append(" v\n");
                    }
                    write(channel, text.append('\n').toString());
                }
            } catch (IOException ended) {
                // the simulator went away, as it must once out of memory
            }
            reader.join(TimeUnit.SECONDS.toMillis(60));
        }
    }

    private static void write(SocketChannel channel, String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }
}
