package io.hapsim.simulator.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.hapsim.simulator.session.EmbeddedSession;
import io.hapsim.simulator.session.NonInteractiveClose;
import io.hapsim.simulator.version.VersionProfile;
import io.hapsim.simulator.version.VersionProfiles;
import java.time.Duration;
import java.util.List;

/**
 * Fuzzes a whole session, bytes in and bytes out, on every profile: whatever a client sends and then half-closes,
 * the session answers without an internal error and closes the connection once the stats timeout has passed at the
 * latest; it never throws or stays open forever.
 *
 * <p>Input layout: the last byte picks the profile; the bytes before it arrive in reads of up to 256 bytes, the
 * size of each taken from the end, before the client half-closes.
 */
class SessionFuzzTest {

    private static final List<VersionProfile> PROFILES = VersionProfiles.all();
    /** Past the session's one-minute stats timeout, with room for the loop turns a streamed answer takes. */
    private static final int LOOP_TURNS = 200;
    private static final Duration TURN = Duration.ofSeconds(1);

    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"show info\n", "show map\n", "prompt\n", "prompt i\n", "quit\n", "add map #0 <<\n",
        "add map @1 #0 k v\n", "commit map @1 #0\n", "set map #0 k v\n", "clear map #0\n", "help\n", ";", "\\",
        "<<", "\n\n", "\r\n", "\u0000", "\u00c3\u0028", "\u00ff\u00fe", "\u00e2\u0082", "\u00f0\u009f\u0098"})
    void anyInputIsAnsweredAndClosed(FuzzedDataProvider data) {
        VersionProfile profile = data.pickValue(PROFILES);
        EmbeddedSession session = EmbeddedSession.open(profile, NonInteractiveClose.asReal());
        StringBuilder output = new StringBuilder();
        while (data.remainingBytes() > 1 && session.isOpen()) {
            int size = data.consumeInt(1, 256);
            session.read(data.consumeBytes(size));
            session.nextLoopTurn();
            output.append(session.output());
        }
        session.inputClosed();
        for (int turn = 0; turn < LOOP_TURNS && session.isOpen(); turn++) {
            session.nextLoopTurn(TURN);
        }
        output.append(session.output());

        assertThat(session.isOpen()).as("profile %s: still open after the client's end and %d s", profile.label(),
                LOOP_TURNS).isFalse();
        assertThat(output).as("profile %s", profile.label()).doesNotContain("Internal error");
    }
}
