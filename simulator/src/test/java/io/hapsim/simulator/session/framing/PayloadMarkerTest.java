package io.hapsim.simulator.session.framing;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.version.PayloadMarkerRule;
import org.junit.jupiter.api.Test;

class PayloadMarkerTest {

    /** The longest pattern before 3.4. */
    private static final int SEVEN = 7;

    @Test
    void twoXMarkerMayBeGluedToAWord() {
        PayloadMarker spaced = PayloadMarker.find("add map m <<", PayloadMarkerRule.COMMAND_SUFFIX, SEVEN);
        assertThat(spaced.opensPayload()).isTrue();
        assertThat(spaced.glued()).isFalse();
        assertThat(spaced.command()).isEqualTo("add map m ");

        PayloadMarker glued = PayloadMarker.find("add map m x<<", PayloadMarkerRule.COMMAND_SUFFIX, SEVEN);
        assertThat(glued.opensPayload()).isTrue();
        assertThat(glued.glued()).isTrue();
        assertThat(glued.command()).isEqualTo("add map m x<<");
    }

    @Test
    void twoXHasNoCustomPattern() {
        assertThat(PayloadMarker.find("add map m <<EOF", PayloadMarkerRule.COMMAND_SUFFIX, SEVEN).opensPayload())
                .isFalse();
    }

    @Test
    void threeXMarkerIsTheLastWordWithAnOptionalPatternOfUpToSevenBytes() {
        PayloadMarker custom = PayloadMarker.find("add map m\t<<EOF", PayloadMarkerRule.LAST_WORD, SEVEN);
        assertThat(custom.opensPayload()).isTrue();
        assertThat(custom.pattern()).isEqualTo("EOF");
        assertThat(custom.command()).isEqualTo("add map m\t");

        assertThat(PayloadMarker.find("add map m <<ABCDEFG", PayloadMarkerRule.LAST_WORD, SEVEN).pattern())
                .isEqualTo("ABCDEFG");

        PayloadMarker overlong = PayloadMarker.find("add map m <<ABCDEFGH", PayloadMarkerRule.LAST_WORD, SEVEN);
        assertThat(overlong.opensPayload()).isFalse();
        assertThat(overlong.overlongPattern()).isTrue();
        assertThat(overlong.command()).isEqualTo("add map m <<ABCDEFGH");

        assertThat(PayloadMarker.find("add map m x<<", PayloadMarkerRule.LAST_WORD, SEVEN).opensPayload()).isFalse();
        assertThat(PayloadMarker.find("add map m << x", PayloadMarkerRule.LAST_WORD, SEVEN).opensPayload()).isFalse();
    }

    @Test
    void thePatternLimitIsTheVersionsOwn() {
        String sixtyFour = "P".repeat(64);
        assertThat(PayloadMarker.find("add map m <<" + sixtyFour, PayloadMarkerRule.LAST_WORD_OF_LINE, 64).pattern())
                .isEqualTo(sixtyFour);
        assertThat(PayloadMarker.find("add map m <<" + sixtyFour + "P", PayloadMarkerRule.LAST_WORD_OF_LINE, 64)
                .overlongPattern()).isTrue();
        assertThat(PayloadMarker.find("add map m <<" + sixtyFour, PayloadMarkerRule.LAST_WORD_OF_LINE, SEVEN)
                .overlongPattern()).isTrue();
    }

    @Test
    void blankCommandsNeverOpenAPayload() {
        assertThat(PayloadMarker.find("  ", PayloadMarkerRule.LAST_WORD, SEVEN).opensPayload()).isFalse();
    }
}
