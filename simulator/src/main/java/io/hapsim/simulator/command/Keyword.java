package io.hapsim.simulator.command;

import io.hapsim.simulator.session.AccessLevel;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a version's CLI keyword table: the words that select it, the usage line {@code help} prints
 * ({@code null} for keywords that exist but are not listed), the mode it needs, and the level below which HAProxy
 * refuses it ("Permission denied") before looking at its arguments, recorded from the real binaries.
 */
public record Keyword(List<String> words, String usage, Restriction restriction, AccessLevel level) {

    /** Keywords that only run, and only show in help, once the session enabled a mode. */
    public enum Restriction {
        NONE,
        EXPERT,
        EXPERIMENTAL
    }

    public Keyword {
        words = List.copyOf(words);
        Objects.requireNonNull(level);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a keyword needs at least one word");
        }
    }

    public boolean listed() {
        return usage != null;
    }

    /** Whether a session with these modes sees this keyword (help, suggestions): restricted ones only in their mode. */
    public boolean visible(boolean expertMode, boolean experimentalMode) {
        return switch (restriction) {
            case NONE -> true;
            case EXPERT -> expertMode;
            case EXPERIMENTAL -> experimentalMode;
        };
    }

    /** True when every word of this keyword equals the argument at the same position. */
    public boolean matches(List<String> args) {
        if (args.size() < words.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).equals(args.get(i))) {
                return false;
            }
        }
        return true;
    }
}
