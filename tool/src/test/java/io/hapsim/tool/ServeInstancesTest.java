package io.hapsim.tool;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.client.HaproxyCli;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hapsim serve --instances 2 --control 127.0.0.1:0}, as a process: two simulators with sockets of their
 * own and a state of their own, each with the fault rules of {@code --fault}, both listed by the control API,
 * which stops the process.
 */
class ServeInstancesTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(120) // reading the banner blocks: a serve that never prints it must not hang the build
    void twoInstancesListenApartKeepTheirOwnStateAndStopTogether() throws Exception {
        Path map = Files.writeString(dir.resolve("hosts.map"), "a.example 1\n");
        Path socket = dir.resolve("admin.sock");
        Path secondSocket = dir.resolve("admin-2.sock");
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HapsimTool.class.getName(), "serve",
                "--version", "3.2", "--instances", "2", "--socket", socket.toString(), "--map", map.toString(),
                "--control", "127.0.0.1:0", "--fault", "command=show cli level, times=1, fault=answer operator\\n")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            List<String> banner = bannerUpToTheControlApi(serve);
            String control = banner.get(banner.size() - 1).replaceFirst("^control API on (\\S+) .*$", "$1");

            assertThat(banner).contains("hapsim: simulating HAProxy 3.2 (3.2.26-1), 2 instances",
                    "instance 1: listening on unix:" + socket + " (level admin)",
                    "instance 2: listening on unix:" + secondSocket + " (level admin)",
                    "fault armed: 'show cli level' before the answer: answer 'operator' (1 more)");
            HaproxyCli first = HaproxyCli.connect(socket.toString());
            HaproxyCli second = HaproxyCli.connect(secondSocket.toString());
            for (HaproxyCli cli : List.of(first, second)) {
                assertThat(cli.execute("show cli level")).as("the armed answer, once").isEqualTo("operator\n");
                assertThat(cli.execute("show cli level")).isEqualTo("admin\n");
            }
            first.execute("add map " + map + " b.example 2");
            assertThat(first.execute("show map " + map)).contains("a.example 1").contains("b.example 2");
            assertThat(second.execute("show map " + map)).contains("a.example 1").doesNotContain("b.example");

            HttpClient http = HttpClient.newHttpClient();
            String list = http.send(HttpRequest.newBuilder(URI.create(control + "/simulators")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(list).contains("{\"id\":1,").contains("{\"id\":2,")
                    .contains("\"path\":\"" + secondSocket + "\"");
            HttpResponse<String> shutdown = http.send(HttpRequest.newBuilder(URI.create(control + "/shutdown"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(shutdown.body()).isEqualTo("{\"stopping\":2}\n");
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("serve exits").isTrue();
            assertThat(serve.exitValue()).isZero();
            assertThat(socket).doesNotExist();
            assertThat(secondSocket).doesNotExist();
        } finally {
            serve.destroyForcibly();
        }
    }

    /** The lines serve prints up to the control API's address (the last thing it needs to print). */
    private static List<String> bannerUpToTheControlApi(Process serve) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            lines.add(line);
            if (line.startsWith("control API on ")) {
                return lines;
            }
        }
        throw new AssertionError("serve ended before printing its control API: " + lines);
    }
}
