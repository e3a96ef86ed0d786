package io.hapsim.simulator.version;

/** How many command lines a non-interactive connection runs, and when a line starts running. */
public enum LineMode {
    /**
     * 2.4 to 2.8: commands keep running while the next one is already buffered when the previous one ends;
     * the connection closes as soon as the input buffer is found empty (a race, never a contract).
     */
    BUFFERED_RACE,
    /** 3.0 and 3.1: only the first line runs (all its {@code ;} commands), then the connection closes. */
    FIRST_LINE,
    /** 3.2: the whole line (and its payload) is received before any of its commands runs; then close. */
    WHOLE_LINE
}
