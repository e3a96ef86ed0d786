package io.hapsim.simulator.session.framing;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.version.PayloadMarkerRule;
import org.junit.jupiter.api.Test;

class PayloadMarkerTest {

    @Test
    void twoXMarkerMayBeGluedToAWord() {
        PayloadMarker spaced = PayloadMarker.find("add map m <<", PayloadMarkerRule.COMMAND_SUFFIX);
        assertThat(spaced.opensPayload()).isTrue();
        assertThat(spaced.glued()).isFalse();
        assertThat(spaced.command()).isEqualTo("add map m ");

        PayloadMarker glued = PayloadMarker.find("add map m x<<", PayloadMarkerRule.COMMAND_SUFFIX);
        assertThat(glued.opensPayload()).isTrue();
        assertThat(glued.glued()).isTrue();
        assertThat(glued.command()).isEqualTo("add map m x<<");
    }

    @Test
    void twoXHasNoCustomPattern() {
        assertThat(PayloadMarker.find("add map m <<EOF", PayloadMarkerRule.COMMAND_SUFFIX).opensPayload()).isFalse();
    }

    @Test
    void threeXMarkerIsTheLastWordWithAnOptionalPatternOfUpToSevenBytes() {
        PayloadMarker custom = PayloadMarker.find("add map m\t<<EOF", PayloadMarkerRule.LAST_WORD);
        assertThat(custom.opensPayload()).isTrue();
        assertThat(custom.pattern()).isEqualTo("EOF");
        assertThat(custom.command()).isEqualTo("add map m\t");

        assertThat(PayloadMarker.find("add map m <<ABCDEFG", PayloadMarkerRule.LAST_WORD).pattern())
                .isEqualTo("ABCDEFG");

        PayloadMarker overlong = PayloadMarker.find("add map m <<ABCDEFGH", PayloadMarkerRule.LAST_WORD);
        assertThat(overlong.opensPayload()).isFalse();
        assertThat(overlong.overlongPattern()).isTrue();
        assertThat(overlong.command()).isEqualTo("add map m <<ABCDEFGH");

        assertThat(PayloadMarker.find("add map m x<<", PayloadMarkerRule.LAST_WORD).opensPayload()).isFalse();
        assertThat(PayloadMarker.find("add map m << x", PayloadMarkerRule.LAST_WORD).opensPayload()).isFalse();
    }

    @Test
    void blankCommandsNeverOpenAPayload() {
        assertThat(PayloadMarker.find("  ", PayloadMarkerRule.LAST_WORD).opensPayload()).isFalse();
    }
}
