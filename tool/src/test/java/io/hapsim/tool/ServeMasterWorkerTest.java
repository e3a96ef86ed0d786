package io.hapsim.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hapsim serve --master-socket PATH,level,LEVEL}, as a process: a master at that level in front of a worker
 * with the added socket, both gone (with their socket files) when the process is stopped.
 */
class ServeMasterWorkerTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(120) // reading the banner blocks: a serve that never prints it must not hang the build
    void aMasterAtItsLevelInFrontOfAWorker() throws Exception {
        Path master = dir.resolve("master.sock");
        Path socket = dir.resolve("admin.sock");
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HapsimTool.class.getName(), "serve",
                "--version", "3.2", "--master-socket", master + ",level,operator", "--socket", socket.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            List<String> banner = banner(serve);

            assertThat(banner.get(0)).isEqualTo("hapsim: simulating HAProxy 3.2 (3.2.26-1) in master-worker mode");
            assertThat(banner.get(1)).matches("master CLI on unix:" + master + " \\(level operator, pid \\d+\\)");
            assertThat(banner.get(2)).matches("worker \\d+ listening on unix:" + socket + " \\(level admin\\)");
            assertThat(ask(master, "show cli level\n@1 show cli level\nreload\n"))
                    .as("the master's level goes with each command; reload asks for operator")
                    .startsWith("operator\n\noperator\n\nSuccess=1\n--\n");
            assertThat(ask(socket, "show cli level\n")).isEqualTo("admin\n\n");

            serve.destroy();
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("serve stops on SIGTERM").isTrue();
            assertThat(master).doesNotExist();
            assertThat(socket).doesNotExist();
        } finally {
            serve.destroyForcibly();
        }
    }

    /** What serve prints once it listens, up to its last line (the socat hint). */
    private static List<String> banner(Process serve) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            lines.add(line);
            if (line.startsWith("try: ")) {
                return lines;
            }
        }
        throw new AssertionError("serve ended before printing its banner: " + lines);
    }

    /** What a UNIX socket answers to {@code input}, the client's side closed after it. */
    private static String ask(Path socket, String input) throws Exception {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            channel.write(ByteBuffer.wrap(input.getBytes(StandardCharsets.ISO_8859_1)));
            channel.shutdownOutput();
            InputStream in = Channels.newInputStream(channel);
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
