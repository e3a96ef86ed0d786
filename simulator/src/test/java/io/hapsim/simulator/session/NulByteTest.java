package io.hapsim.simulator.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.RawClient;
import io.hapsim.simulator.Simulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * NUL bytes in commands and payloads, answered as real HAProxy 2.6.12, 3.0.11 and 3.2.26 answered them: up to 3.1 a
 * NUL ends a word (and the command where a word would start), 3.2 cuts the command in two there, and every version
 * reads a payload only up to its first NUL.
 */
class NulByteTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path folder;

    private Simulator start(String version) throws Exception {
        Path map = Files.writeString(folder.resolve("a.map"), "");
        return Simulator.builder().version(version).map(map, "str").start();
    }

    private static String exchange(Simulator haproxy, String request) throws Exception {
        try (RawClient client = RawClient.connect(haproxy)) {
            client.send(request).shutdownOutput();
            return client.finish(WAIT).received();
        }
    }

    /** {@code show map} of the test's map, without entry pointers. */
    private String entries(Simulator haproxy) throws Exception {
        return exchange(haproxy, "show map " + folder.resolve("a.map") + "\n").replaceAll("0x[0-9a-f]+ ", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.6", "3.0"})
    void upTo31ANulSeparatesWords(String version) throws Exception {
        try (Simulator haproxy = start(version)) {
            assertThat(exchange(haproxy, "show\0info\n")).startsWith("Name: HAProxy\n");
            assertThat(exchange(haproxy, "show info\0\n")).startsWith("Name: HAProxy\n");
            assertThat(exchange(haproxy, "show version \0 \n")).isEqualTo(exchange(haproxy, "show version\n"));
            assertThat(exchange(haproxy, "foo\0bar\n")).isEqualTo(exchange(haproxy, "foo bar\n"));

            assertThat(exchange(haproxy, "add map " + folder.resolve("a.map") + " k\0ey v\n")).isEqualTo("\n");
            assertThat(entries(haproxy)).isEqualTo("k ey\n\n");
        }
    }

    @Test
    void upTo31ANulWhereAWordWouldStartEndsTheCommand() throws Exception {
        try (Simulator v26 = start("2.6"); Simulator v30 = start("3.0")) {
            assertThat(exchange(v26, "\0show info\n")).as("2.6: an empty command shows the usage")
                    .startsWith("Unknown command. Please enter one of the following commands only:\n");
            assertThat(exchange(v26, "\0\0\0\n")).isEqualTo(exchange(v26, "\0show info\n"));
            assertThat(exchange(v30, "\0show info\n")).isEqualTo("\n");
            assertThat(exchange(v30, "\0\0\0\n")).isEqualTo("\n");
        }
    }

    @Test
    void threeTwoCutsTheCommandAtANul() throws Exception {
        try (Simulator haproxy = start("3.2")) {
            assertThat(exchange(haproxy, "show\0info\n")).startsWith("Unknown command: 'show', but maybe")
                    .contains("\nUnknown command: 'info', ");
            assertThat(exchange(haproxy, "\0\0\0\n")).isEqualTo("\n\n\n\n");
            assertThat(exchange(haproxy, "show version\0;show version\n")).isEqualTo("3.2.26-1\n\n\n3.2.26-1\n\n");
            assertThat(exchange(haproxy, "add map " + folder.resolve("a.map") + " k\0ey v\n"))
                    .startsWith("'add map' expects three parameters (map identifier, key and value) or one"
                            + " parameter (map identifier) and a payload\n\nUnknown command: 'ey', but maybe");
            assertThat(exchange(haproxy, "add map " + folder.resolve("a.map") + " a b\0c\n"))
                    .startsWith("\nUnknown command: 'c', but maybe");
            assertThat(entries(haproxy)).isEqualTo("a b\n\n");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.6", "3.0", "3.2"})
    void aPayloadIsReadUpToItsFirstNul(String version) throws Exception {
        try (Simulator haproxy = start(version)) {
            String add = "add map " + folder.resolve("a.map") + " <<\n";
            assertThat(exchange(haproxy, add + "n\0k nv\n\n")).isEqualTo("Missing value for key 'n'.\n\n");
            assertThat(exchange(haproxy, add + "p q\0r\ns\0\0 t\n\n")).isEqualTo("\n");
            assertThat(entries(haproxy)).isEqualTo("p q\n\n");
        }
    }
}
