package io.hapsim.simulator.command;

/**
 * A command answer produced piece by piece, so that a dump of millions of lines is never built as one
 * string: the session pulls from it only while the client's socket accepts more (backpressure).
 */
@FunctionalInterface
public interface OutputSource {

    /**
     * Appends the next part of the answer to {@code out} (Latin-1 text: one char per byte).
     * Implementations should append roughly {@code budget} characters or more, not much less unless done. A source
     * doing long work without output (a purge in slices) may append nothing and return {@code true}: it is called
     * again once the event loop has served the other connections.
     *
     * @return {@code true} while more remains to be produced, {@code false} once the answer is complete
     */
    boolean produce(StringBuilder out, int budget);

    /**
     * How long the session waits before calling {@link #produce} again after it appended nothing: 0 (the event
     * loop's next turn) unless the source waits for time to pass ({@code wait}).
     */
    default long pauseMillis() {
        return 0;
    }
}
