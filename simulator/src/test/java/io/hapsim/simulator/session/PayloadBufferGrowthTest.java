package io.hapsim.simulator.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.version.VersionProfiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 3.4 keeps a payload in a buffer of its own that starts as what its command line left of the 16 KB line buffer
 * and grows by that much each time it is outgrown; in prompt mode each growth prints {@code + }, even when the
 * whole payload arrived in one read (measured on 3.4.7: a payload of 16,357 bytes after a 26-byte command line
 * prints one, 16,356 none).
 */
class PayloadBufferGrowthTest {

    private static final String COMMAND = "add map #4 <<\n";
    /** The payload bytes (LFs included) that just fit with the terminating empty line and the NUL HAProxy keeps. */
    private static final int FITS = 16384 - COMMAND.length() - 2;

    @ParameterizedTest(name = "{0} payload bytes past the first room: {1} '+ '")
    @CsvSource({"0, 0", "1, 1", "16370, 1", "16371, 2", "40000, 3"})
    void eachGrowthOfThePayloadBufferPrintsOnePrompt(int beyond, int prompts) {
        EmbeddedSession session = EmbeddedSession.open(VersionProfiles.get("3.4"), NonInteractiveClose.asReal());

        session.read("prompt p\n" + COMMAND + payload(FITS + beyond) + "\n");

        String output = session.output();
        assertThat(output).startsWith("\n> " + "+ ".repeat(prompts));
        assertThat(output.substring(3 + 2 * prompts)).doesNotStartWith("+ ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"3.2", "3.3"})
    void versionsWhosePayloadSharesTheLineBufferDoNotPromptForIt(String version) {
        EmbeddedSession session = EmbeddedSession.open(VersionProfiles.get(version), NonInteractiveClose.asReal());

        session.read("prompt p\n" + COMMAND + payload(FITS) + "\n");

        assertThat(session.output()).startsWith("\n> ").doesNotContain("+ ");
    }

    /** Exactly {@code bytes} bytes of "kN v\n" lines (the last one padded). */
    private static String payload(int bytes) {
        StringBuilder text = new StringBuilder(bytes);
        for (int i = 0; text.length() + 20 <= bytes; i++) {
            text.append(String.format("k%08d v%08d\n", i, i));
        }
        int left = bytes - text.length();
        if (left > 0) {
            text.append("z".repeat(left - 1)).append('\n');
        }
        return text.toString();
    }
}
