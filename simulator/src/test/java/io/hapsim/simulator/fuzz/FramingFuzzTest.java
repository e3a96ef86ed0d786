package io.hapsim.simulator.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.hapsim.simulator.session.framing.Frame;
import io.hapsim.simulator.version.VersionProfile;
import io.hapsim.simulator.version.VersionProfiles;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzzes the framers of every profile with arbitrary bytes, checking that the frames do not depend on where the
 * chunks of input end, since TCP may cut a client's input anywhere. That holds for every profile: 2.6+ cut a
 * command at its first unescaped {@code ;} or LF whenever that arrives; 2.4 waits for the LF, a full buffer or the
 * end of input, but then cuts at the same {@code ;}; 3.2 waits for the whole line. What does depend on arrival in
 * 2.x, how many buffered lines a non-interactive connection runs, is the session's decision, not the framer's.
 * Along the way {@link FramerDriver} checks that no input makes a framer throw, spin, or wait with a full buffer.
 *
 * <p>Input layout ({@link FuzzedDataProvider} takes numbers from the end): the last byte picks tune.bufsize from
 * {@link #BUFFER_SIZES} (byte % 8), the byte before it the number n of chunk sizes (1 + byte % 4), the n bytes
 * before that the chunk sizes (1 + byte, repeated while input remains); everything in front is what the client
 * sends. Every input is framed for every profile whole, byte by byte and in those chunks.
 */
class FramingFuzzTest {

    /** The default, and sizes small enough for short inputs to overflow. */
    private static final int[] BUFFER_SIZES = {16384, 8, 16, 31, 64, 100, 256, 1024};
    private static final int MAX_CHUNK_SIZES = 4;

    @FuzzTest(maxDuration = "5m")
    void framesDoNotDependOnHowTheInputIsChunked(FuzzedDataProvider data) {
        int bufferSize = data.pickValue(BUFFER_SIZES);
        int[] chunkSizes = new int[data.consumeInt(1, MAX_CHUNK_SIZES)];
        for (int i = 0; i < chunkSizes.length; i++) {
            chunkSizes[i] = data.consumeInt(1, 256);
        }
        byte[] input = data.consumeRemainingAsBytes();

        for (VersionProfile profile : VersionProfiles.all()) {
            List<Frame> whole = FramerDriver.frames(profile, bufferSize, input, FramerDriver.WHOLE);
            for (int[] chunking : List.of(FramerDriver.BYTE_BY_BYTE, chunkSizes)) {
                assertThat(FramerDriver.frames(profile, bufferSize, input, chunking))
                        .as("profile %s, tune.bufsize %d, chunks of %s bytes instead of one", profile.label(),
                                bufferSize, Arrays.toString(chunking))
                        .isEqualTo(whole);
            }
        }
    }
}
