package io.hapsim.simulator.version;

/** Where a {@code <<} payload marker is recognised. */
public enum PayloadMarkerRule {
    /** 2.4 to 2.8: the command only has to end with the two bytes {@code <<}, even glued to a word. */
    COMMAND_SUFFIX,
    /**
     * 3.0, 3.1: the last word starts with {@code <<}, optionally followed by a custom pattern (of at most
     * {@link VersionProfile#maxPatternLength()} bytes).
     */
    LAST_WORD,
    /** 3.2: as {@link #LAST_WORD}, but only at the end of a line (never before a {@code ;}). */
    LAST_WORD_OF_LINE;

    public boolean customPatterns() {
        return this != COMMAND_SUFFIX;
    }
}
