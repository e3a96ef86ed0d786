package io.hapsim.simulator.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.hapsim.simulator.session.framing.PayloadMarker;
import io.hapsim.simulator.version.PayloadMarkerRule;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes payload marker detection under every rule: taking the marker off a command loses nothing (the command
 * left, {@code <<} and the pattern put back together are the command received), and a pattern is one short word.
 */
class PayloadMarkerFuzzTest {

    private static final int MAX_PATTERN_LENGTH = 7;

    @FuzzTest(maxDuration = "2m")
    void markerComesOffWithoutLosingBytes(byte[] input) {
        String command = new String(input, StandardCharsets.ISO_8859_1);
        for (PayloadMarkerRule rule : PayloadMarkerRule.values()) {
            PayloadMarker marker = PayloadMarker.find(command, rule, MAX_PATTERN_LENGTH);
            if (!marker.opensPayload() || marker.glued()) {
                // 2.x reads a glued marker's payload as more words: the command keeps its "<<"
                assertThat(marker.command()).as(rule.name()).isEqualTo(command);
                assertThat(marker.pattern()).as(rule.name()).isEmpty();
                continue;
            }
            String left = marker.command();
            assertThat(left + "<<" + marker.pattern()).as(rule.name()).isEqualTo(command);
            assertThat(left.isEmpty() || left.endsWith(" ") || left.endsWith("\t"))
                    .as("%s: the marker is a word of its own in %s", rule, left).isTrue();
            assertThat(marker.pattern()).as(rule.name())
                    .hasSizeLessThanOrEqualTo(MAX_PATTERN_LENGTH)
                    .doesNotContain(" ", "\t");
        }
    }
}
