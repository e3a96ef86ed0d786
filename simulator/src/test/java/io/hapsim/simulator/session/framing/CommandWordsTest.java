package io.hapsim.simulator.session.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CommandWordsTest {

    @Test
    void blanksSeparateWordsAndBackslashKeepsTheNextByte() {
        assertThat(CommandWords.split("  add map\tm sp\\ ace v\\\\al\\ue ").words())
                .containsExactly("add", "map", "m", "sp ace", "v\\alue");
    }

    @Test
    void quotesAreOrdinaryBytes() {
        assertThat(CommandWords.split("add map m \"q k\" v").words())
                .containsExactly("add", "map", "m", "\"q", "k\"", "v");
    }

    @Test
    void escapedSemicolonBecomesASemicolon() {
        assertThat(CommandWords.split("add map m semi\\;key val\\;ue").words())
                .containsExactly("add", "map", "m", "semi;key", "val;ue");
    }

    @Test
    void aCarriageReturnInsideALineIsPartOfAWord() {
        assertThat(CommandWords.split("a\rb c").words()).containsExactly("a\rb", "c");
    }

    @Test
    void keepsSixtyFourWordsAndReportsMore() {
        String sixtyFour = IntStream.range(0, 64).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        CommandWords exact = CommandWords.split(sixtyFour + "   ");
        assertThat(exact.words()).hasSize(64);
        assertThat(exact.overflowed()).isFalse();

        CommandWords over = CommandWords.split(sixtyFour + " w64 w65");
        assertThat(over.words()).hasSize(64).endsWith("w63");
        assertThat(over.overflowed()).isTrue();
    }

    @Test
    void blankCommandHasNoWords() {
        assertThat(CommandWords.split(" \t ").words()).isEmpty();
    }
}
