package io.hapsim.client.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommandWordsTest {

    @Test
    void escapesWhatTheCommandLineWouldSplitOrInterpret() {
        assertThat(CommandWords.escape("plain.example.com")).isEqualTo("plain.example.com");
        assertThat(CommandWords.escape("a b")).isEqualTo("a\\ b");
        assertThat(CommandWords.escape("a;b")).isEqualTo("a\\;b");
        assertThat(CommandWords.escape("a\\b")).isEqualTo("a\\\\b");
        assertThat(CommandWords.escape("x<<")).isEqualTo("x\\<\\<");
        assertThat(CommandWords.escape("t\tt")).isEqualTo("t\\\tt");
        assertThatThrownBy(() -> CommandWords.escape("a\nb")).isInstanceOf(IllegalArgumentException.class);
    }
}
