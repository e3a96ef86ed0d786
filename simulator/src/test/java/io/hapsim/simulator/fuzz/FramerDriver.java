package io.hapsim.simulator.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.session.framing.Frame;
import io.hapsim.simulator.session.framing.Framer;
import io.hapsim.simulator.session.framing.LineFramer;
import io.hapsim.simulator.session.framing.StreamingFramer;
import io.hapsim.simulator.version.LineMode;
import io.hapsim.simulator.version.VersionProfile;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;

/**
 * Feeds input to a framer chunk by chunk the way {@code CliSession} does (one growing buffer, read bytes discarded
 * while waiting, the end of input announced last) and records every frame but {@link Frame.NeedInput}. At each
 * step it checks what the session relies on: the framer never waits for input it cannot get, holds a bounded
 * amount of it, and makes progress with every frame.
 */
final class FramerDriver {

    /** The whole input as one chunk. */
    static final int[] WHOLE = {Integer.MAX_VALUE};
    /** One byte per chunk. */
    static final int[] BYTE_BY_BYTE = {1};

    private final Framer framer;
    private final int bufferSize;
    private final ByteBuf in;
    private final List<Frame> frames = new ArrayList<>();
    private final int inputLength;
    /** Bytes of the unfinished command (and payload) the framer has already taken from the buffer. */
    private int taken;

    private FramerDriver(VersionProfile profile, int bufferSize, int inputLength) {
        this.framer = profile.lineMode() == LineMode.WHOLE_LINE
                ? new LineFramer(profile, bufferSize)
                : new StreamingFramer(profile, bufferSize);
        this.bufferSize = bufferSize;
        this.in = Unpooled.buffer(Math.min(bufferSize, 4096));
        this.inputLength = inputLength;
    }

    /**
     * The frames of {@code input} sent in chunks of the sizes {@code chunkSizes} (repeated until the input is
     * used up), followed by the end of input; up to the first frame after which the session stops reading.
     */
    static List<Frame> frames(VersionProfile profile, int bufferSize, byte[] input, int[] chunkSizes) {
        FramerDriver driver = new FramerDriver(profile, bufferSize, input.length);
        try {
            int offset = 0;
            for (int chunk = 0; offset < input.length; chunk++) {
                int size = Math.min(chunkSizes[chunk % chunkSizes.length], input.length - offset);
                driver.in.writeBytes(input, offset, size);
                offset += size;
                if (driver.frameBufferedInput(false)) {
                    return driver.frames;
                }
            }
            driver.frameBufferedInput(true);
            return driver.frames;
        } finally {
            driver.in.release();
        }
    }

    /** Takes frames until the framer needs input; true when the session would stop reading for good. */
    private boolean frameBufferedInput(boolean inputClosed) {
        while (true) {
            int before = in.readableBytes();
            Frame frame = framer.next(in, inputClosed);
            taken += before - in.readableBytes();
            if (frame instanceof Frame.NeedInput) {
                checkWaitIsBounded(inputClosed);
                in.discardSomeReadBytes();
                return false;
            }
            frames.add(frame);
            // each frame takes a byte of input or more (a 3.2 line of n bytes yields at most n commands): far more
            // frames than bytes means a framer spins
            assertThat(frames.size()).as("frames of %d input bytes", inputLength)
                    .isLessThanOrEqualTo(2 * inputLength + 2);
            if (frame instanceof Frame.Command) {
                taken = 0;
            }
            if (frame instanceof Frame.Oversize || frame instanceof Frame.EndOfInput) {
                return true;
            }
        }
    }

    private void checkWaitIsBounded(boolean inputClosed) {
        assertThat(inputClosed).as("waits for input after the client closed its side").isFalse();
        // the session stops reading at tune.bufsize buffered bytes: waiting then would wait forever
        assertThat(in.readableBytes()).as("bytes buffered while waiting for more").isLessThan(bufferSize);
        // a 2.x payload line loses its CR, so it may take up to twice the bytes it counts for in the buffer
        assertThat(taken + in.readableBytes()).as("bytes of one unfinished command").isLessThan(2 * bufferSize);
    }
}
