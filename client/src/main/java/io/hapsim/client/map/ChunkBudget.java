package io.hapsim.client.map;

/**
 * How many payload bytes fit in one payload command. HAProxy holds the command line and its whole payload in one
 * buffer of {@code tune.bufsize} bytes, less one byte for a terminating NUL: measured with the default 16384 on
 * 2.6.12, 3.0.11 and 3.2.26, command line, payload and final empty line take at most 16383 bytes (2.x keeps no
 * {@code tune.maxrewrite} reserve here). The budget keeps a small margin; {@link ChunkSink}s still split a chunk
 * HAProxy finds too big.
 */
public final class ChunkBudget {

    private static final int MARGIN = 128;

    private ChunkBudget() {
    }

    /** Payload bytes (entry lines, without the final empty line) for a command line of {@code commandBytes}. */
    public static int payloadBytes(int bufferSize, int commandBytes) {
        int budget = bufferSize - 1 - (commandBytes + 1) - 1 - MARGIN;
        if (budget < 64) {
            throw new IllegalArgumentException("tune.bufsize " + bufferSize + " leaves no room for a payload after a "
                    + commandBytes + "-byte command");
        }
        return budget;
    }
}
