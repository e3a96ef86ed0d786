package io.hapsim.client.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hapsim.client.error.EntryRejectedException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EntryRulesTest {

    private static String problem(String key, String value) {
        return EntryRules.problem(new MapEntry(key, value), StandardCharsets.ISO_8859_1);
    }

    @Test
    void whatAPayloadCarriesVerbatimIsAccepted() {
        assertThat(problem("a;b", "c;d")).isNull();
        assertThat(problem("#not-a-comment", "#0xdead")).isNull();
        assertThat(problem("back\\slash", "\\n is two bytes")).isNull();
        assertThat(problem("k", "value with  inner spaces and trailing ")).isNull();
        assertThat(problem("<<", "<<")).isNull();
        assertThat(problem("k", "")).isNull();
        assertThat(problem("\"q", "k\"")).isNull();
        assertThat(problem("caf\u00e9", "\u00ff")).isNull();
    }

    @Test
    void whatHaproxyCannotStoreIsRefusedWithTheReason() {
        assertThat(problem("", "v")).contains("empty");
        assertThat(problem("a b", "v")).contains("space");
        assertThat(problem("a\tb", "v")).contains("tab");
        assertThat(problem("a\nb", "v")).contains("newline");
        assertThat(problem("k", "a\nb")).contains("newline");
        assertThat(problem("k\0", "v")).contains("NUL");
        assertThat(problem("k", " v")).contains("starts with a space");
        assertThat(problem("k", "\tv")).contains("starts with a space or tab");
        assertThat(problem("k", "v\r")).contains("carriage return");
        assertThat(EntryRules.problem(new MapEntry("k", "\u20ac"), StandardCharsets.ISO_8859_1)).contains("encode");
        assertThat(EntryRules.problem(new MapEntry("k", "\u20ac"), StandardCharsets.UTF_8)).isNull();
    }

    @Test
    void theErrorNamesTheEntryAndTheLine() {
        assertThatThrownBy(() -> EntryRules.validate(new MapEntry("bad key", "v"), 42, StandardCharsets.ISO_8859_1))
                .isInstanceOf(EntryRejectedException.class)
                .hasMessageContaining("line 42")
                .hasMessageContaining("'bad key'")
                .satisfies(e -> assertThat(((EntryRejectedException) e).line()).isEqualTo(42));
    }
}
