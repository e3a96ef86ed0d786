package io.hapsim.simulator.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.hapsim.simulator.session.framing.CommandWords;
import io.hapsim.simulator.version.VersionProfile;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzzes the word splitting of a command against {@link ReferenceWords}: the same words, the first
 * {@value VersionProfile#MAX_ARGUMENTS} of them, and an overflow exactly when there are more. The input is the
 * command itself, one char per byte as the CLI reads it.
 */
class CommandWordsFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void splitsLikeTheReference(byte[] input) {
        String command = new String(input, StandardCharsets.ISO_8859_1);
        List<String> expected = ReferenceWords.split(command);

        CommandWords words = CommandWords.split(command);

        int kept = Math.min(expected.size(), VersionProfile.MAX_ARGUMENTS);
        assertThat(words.words()).isEqualTo(expected.subList(0, kept));
        assertThat(words.overflowed()).isEqualTo(expected.size() > VersionProfile.MAX_ARGUMENTS);
    }
}
