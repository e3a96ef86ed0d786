package io.hapsim.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.client.CliAddress;
import io.hapsim.client.HaproxyCli;
import io.hapsim.client.map.ReplaceResult;
import io.hapsim.junit.HapsimExtension;
import io.hapsim.simulator.Simulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A map reload tested against a simulated HAProxy 3.2 holding a map to replace (a fresh one per test). */
class MapReloadTest {

    static final Path HOSTS_MAP = emptyFile("hosts.map");

    @RegisterExtension
    final HapsimExtension simulated = HapsimExtension.using(Simulator.builder().version("3.2")
            .map(HOSTS_MAP, "str"));

    @Test
    void replacesTheMapAtomically(@TempDir Path dir) throws Exception {
        HaproxyCli haproxy = HaproxyCli.of(CliAddress.unix(simulated.simulator().unixSocket()));
        Path wanted = Files.writeString(dir.resolve("hosts.map"), "a.example.com be_a\nb.example.com be_b\n");

        ReplaceResult result = haproxy.maps().replace(HOSTS_MAP.toString(), wanted);

        assertThat(result.entries()).isEqualTo(2);
        assertThat(haproxy.execute("get map " + HOSTS_MAP + " b.example.com")).contains("value=\"be_b\"");
    }

    @Test
    void showsWhatTheClientReallySent() throws Exception {
        HaproxyCli.of(CliAddress.unix(simulated.simulator().unixSocket())).execute("show map " + HOSTS_MAP);

        assertThat(simulated.simulator().takeCommand(Duration.ofSeconds(1)).args())
                .containsExactly("show", "map", HOSTS_MAP.toString());
    }

    private static Path emptyFile(String name) {
        try {
            Path file = Files.createTempDirectory("hapsim-example-").resolve(name);
            file.getParent().toFile().deleteOnExit();
            file.toFile().deleteOnExit();
            return Files.createFile(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
