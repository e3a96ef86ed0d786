package io.hapsim.simulator.command;

/**
 * An answer that never completes by itself ({@code show events <ring> -w}): what there is to show, then more as it
 * arrives, until the session ends it because the client sent something or closed its side, as the version notices
 * those.
 */
public interface LiveOutput {

    /** Appends what arrived since the last call (at the first, what there was to show). */
    void drain(StringBuilder out);

    /** {@code wake} runs, on the process's event loop, each time more arrives, until {@link #stop}. */
    void start(Runnable wake);

    void stop();
}
