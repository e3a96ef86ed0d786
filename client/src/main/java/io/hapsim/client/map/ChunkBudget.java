package io.hapsim.client.map;

/**
 * How many payload bytes fit in one payload command. HAProxy holds the command line and its whole payload in one
 * buffer of {@code tune.bufsize} bytes, less one byte for a terminating NUL and, on the 2.x request channel, less
 * {@code tune.maxrewrite} (1024 by default, at most half the buffer); measured with the default 16384: 2.6.12 takes
 * at most 15288 bytes of command line plus payload, 3.0.11 and 3.2.26 16376. The budget keeps that reserve on every version
 * and a small margin; {@link ChunkSink}s still split a chunk HAProxy finds too big.
 */
public final class ChunkBudget {

    private static final int MARGIN = 128;

    private ChunkBudget() {
    }

    /** Payload bytes (entry lines, without the final empty line) for a command line of {@code commandBytes}. */
    public static int payloadBytes(int bufferSize, int commandBytes) {
        int reserve = Math.min(1024, bufferSize / 2);
        int budget = bufferSize - 1 - reserve - (commandBytes + 1) - 1 - MARGIN;
        if (budget < 64) {
            throw new IllegalArgumentException("tune.bufsize " + bufferSize + " leaves no room for a payload after a "
                    + commandBytes + "-byte command");
        }
        return budget;
    }
}
