package io.hapsim.simulator.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.RawClient;
import io.hapsim.simulator.Simulator;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Byte-exact request/response vectors recorded from real binaries (shared/spec/test-vectors.md, and hapsim's own
 * measurements of the Debian 2.6.12/3.0.11/3.2.26 builds), one connection each, for the framing rules that do not
 * involve maps.
 */
class FramingVectorsTest {

    private static final Duration READ = Duration.ofMillis(1500);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            2.4   | `show cli level\\r\\n`                            | `admin\\n\\n`                    | closed
            3.2   | `show cli level\\r\\n`                            | `admin\\n\\n\\n`                 | closed
            3.0   | `show cli level;show cli level\\n`                | `admin\\n\\nadmin\\n\\n`         | closed
            2.8   | `  show cli level  ;  show cli level ;\\n`        | `admin\\n\\nadmin\\n\\n\\n`      | closed
            2.8   | `show cli level;;show cli level\\n`               | `admin\\n\\n\\nadmin\\n\\n`      | closed
            2.6   | `show cli level\\nshow cli level\\n`              | `admin\\n\\nadmin\\n\\n`         | closed
            3.0   | `show cli level\\nshow cli level\\n`              | `admin\\n\\n`                    | closed
            3.2   | `show cli level\\nshow cli level\\n`              | `admin\\n\\n`                    | closed
            2.8   | `\\nshow cli level\\n`                            | `\\nadmin\\n\\n`                 | closed
            3.0   | `\\nshow cli level\\n`                            | `\\n`                            | closed
            3.0   | `prompt\\n`                                       | `\\n> `                          | open
            2.4   | `prompt\\nshow cli level\\nshow cli level\\n`     | `\\n> admin\\n\\n> admin\\n\\n> ` | open
            2.4   | `prompt\\nshow cli level\\nprompt\\nshow cli level\\nshow cli level\\n` | `\\n> admin\\n\\n> \\nadmin\\n\\nadmin\\n\\n` | closed
            3.0   | `prompt\\nshow cli level\\nprompt\\nshow cli level\\nshow cli level\\n` | `\\n> admin\\n\\n> \\n` | closed
            3.2   | `prompt\\r\\nshow cli level\\r\\n`                | `\\n\\n> admin\\n\\n\\n> `       | open
            3.0   | `prompt\\r\\nshow cli level\\r\\n`                | `\\n> admin\\n\\n> `             | open
            3.0   | `prompt i\\nprompt\\nshow cli level\\n`           | `\\n> \\n`                       | closed
            3.2   | `prompt i\\nprompt\\nshow cli level\\n`           | `\\n\\n> admin\\n\\n> `          | open
            3.2   | `prompt i\\nquit\\nshow cli level\\n`             | `\\n`                            | closed
            2.4   | `prompt i\\nquit\\nshow cli level\\n`             | `\\n> `                          | closed
            3.2   | `prompt\\nshow cli level;show cli level;show cli level\\n` | `\\n> admin\\n\\nadmin\\n\\nadmin\\n\\n> ` | open
            3.0   | `prompt\\nshow cli level;show cli level;show cli level\\n` | `\\n> admin\\n\\n> admin\\n\\n> admin\\n\\n> ` | open
            2.8   | `prompt\\n\\n\\n`                                 | `\\n> \\n> \\n> `                | open
            3.0   | `prompt\\nget map\\n`                             | `\\n> Missing map identifier and/or key.\\n\\n> ` | open
            3.0   | `prompt\\nquit\\n`                                | `\\n> `                          | closed
            3.0   | `quit\\nshow cli level\\n`                        | ``                               | closed
            3.2   | `prompt n\\nshow cli level\\nshow cli level\\n`   | `\\n`                            | closed
            3.2   | `prompt i\\nshow cli level\\nshow cli level\\n`   | `\\nadmin\\n\\nadmin\\n\\n`      | open
            3.0   | `prompt n\\nshow cli level\\nshow cli level\\n`   | `\\n> admin\\n\\n> admin\\n\\n> ` | open
            3.2   | `prompt;show cli level\\nshow cli level\\n`       | `\\nadmin\\n\\n> admin\\n\\n> `  | open
            2.4   | `operator\\nshow cli level\\n`                    | `\\noperator\\n\\n`              | closed
            3.0   | `operator\\nshow cli level\\n`                    | `\\n`                            | closed
            3.1   | `user -;show cli level\\n`                        | `user\\n\\n`                     | closed
            3.0   | `user -;show cli level\\n`                        | ``                               | open
            3.0   | `set timeout cli 5\\n`                            | `\\n`                            | closed
            3.0   | `set timeout cli abc\\n`                          | `Invalid timeout value.\\n\\n`   | closed
            3.0   | `set timeout foo 5\\n`                            | `'set timeout' only supports 'cli'.\\n\\n` | closed
            3.0   | `expert-mode on;show cli level\\n`                | `\\nadmin\\n\\n`                 | closed
            3.2   | `echo a\\\\;b\\n`                                 | `a;b\\n\\n`                      | closed
            3.0   | `prompt timed\\nprompt timed\\nshow cli level\\n` | `\\n[0:00:00:00]> \\n> admin\\n\\n> ` | open
            2.6   | `prompt timed\\nprompt timed\\nshow cli level\\n` | `\\n> \\nadmin\\n\\n`            | closed
            3.2   | `prompt i\\noperator -\\nshow cli level\\n`     | `\\noperator\\n\\n`              | open
            3.2   | `prompt p\\nuser -\\nshow cli level\\n`         | `\\n> \\n> user\\n\\n> `           | open
            """)
    void vector(String version, String request, String expected, String end) throws Exception {
        try (Simulator simulator = Simulator.builder().version(version).start();
                RawClient client = RawClient.connect(simulator)) {
            client.send(unescape(request));
            RawClient.Exchange exchange = client.finish(READ);
            assertThat(exchange.received()).isEqualTo(unescape(expected));
            assertThat(exchange.closedByServer() ? "closed" : "open").isEqualTo(end);
        }
    }

    /** The client half-closes right after its request, as socat does. */
    @ParameterizedTest(name = "{0}: {1} + half-close")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            3.2   | `prompt\\nadd map #2 <<\\n`                  | `\\n> + `
            3.2   | `prompt\\nadd map #2 <<\\nk1 v1\\n`          | `\\n> + `
            3.2   | `prompt i\\nadd map #2 <<\\n`                | `\\n`
            3.0   | `prompt\\nadd map #2 <<\\n`                  | `\\n> + `
            3.0   | `operator -;show cli level\\n`                  | `operator\\n\\n`
            """)
    void halfClosedVector(String version, String request, String expected) throws Exception {
        try (Simulator simulator = Simulator.builder().version(version).start();
                RawClient client = RawClient.connect(simulator)) {
            client.send(unescape(request)).shutdownOutput();
            RawClient.Exchange exchange = client.finish(READ);
            assertThat(exchange.received()).isEqualTo(unescape(expected));
            assertThat(exchange.closedByServer()).isTrue();
        }
    }

    private static final Map<Character, Character> ESCAPES = Map.of('n', '\n', 'r', '\r', 't', '\t', '\\', '\\');

    static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                out.append(ESCAPES.getOrDefault(text.charAt(++i), text.charAt(i)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
