package io.hapsim.simulator.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Words of a configuration line, and the environment variables HAProxy expands in them. */
class ConfigLineTest {

    private static final Map<String, String> ENVIRONMENT = Map.of("DIR", "/run/haproxy", "PORT", "9000");

    private static java.util.List<String> words(String line) {
        return ConfigLine.words(line, ENVIRONMENT::get);
    }

    @Test
    void splitsOnBlanksAndStopsAtAComment() {
        assertThat(words("  stats\tsocket /a.sock  level admin # a comment")).containsExactly("stats", "socket",
                "/a.sock", "level", "admin");
        assertThat(words("bind 'a b'\"c d\" e\\ f")).containsExactly("bind", "a bc d", "e f");
    }

    @Test
    void expandsVariablesInDoubleQuotesOnly() {
        assertThat(words("stats socket \"${DIR}/admin.sock\" \"$DIR\" ${DIR} '${DIR}'")).containsExactly("stats",
                "socket", "/run/haproxy/admin.sock", "/run/haproxy", "${DIR}", "${DIR}");
    }

    @Test
    void anUnsetVariableIsEmptyOrItsDefault() {
        assertThat(words("bind \"127.0.0.1:${NOPE}\" \"${NOPE-:8080}\" \"${PORT-1}\"")).containsExactly("bind",
                "127.0.0.1:", ":8080", "9000");
        assertThat(words("x \"${DIR\" \"a\\\"$DIR\"")).as("an unclosed brace is text; escapes work in quotes")
                .containsExactly("x", "${DIR", "a\"/run/haproxy");
    }
}
