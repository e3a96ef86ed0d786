package io.hapsim.simulator.session.framing;

import io.hapsim.simulator.version.VersionProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits one command into words the way the CLI does: runs of spaces and tabs separate words, a backslash keeps
 * the next byte literally (so {@code \ } and {@code \;} stay inside a word), quotes mean nothing, and at most
 * {@link VersionProfile#MAX_ARGUMENTS} words are kept. A NUL byte ends the word it is in, and the command when a word
 * would start there (2.4 to 3.1; 3.2 has already cut the command at it, see {@link LineFramer}).
 */
public final class CommandWords {

    private static final char NUL = '\0';

    private final List<String> words;
    private final boolean overflowed;

    private CommandWords(List<String> words, boolean overflowed) {
        this.words = words;
        this.overflowed = overflowed;
    }

    public static CommandWords split(String command) {
        List<String> words = new ArrayList<>();
        int length = command.length();
        int i = 0;
        while (true) {
            while (i < length && isBlank(command.charAt(i))) {
                i++;
            }
            // HAProxy reads the command as a C string: a NUL where a word would start ends the command
            if (i >= length || command.charAt(i) == NUL) {
                return new CommandWords(words, false);
            }
            if (words.size() == VersionProfile.MAX_ARGUMENTS) {
                return new CommandWords(words, true);
            }
            StringBuilder word = new StringBuilder();
            while (i < length && !isBlank(command.charAt(i))) {
                char c = command.charAt(i);
                if (c == NUL) {
                    i++; // ends this word; the next one starts right after it
                    break;
                } else if (c == '\\') {
                    boolean escapes = i + 1 < length && command.charAt(i + 1) != NUL;
                    if (escapes) {
                        word.append(command.charAt(i + 1));
                    }
                    i += escapes ? 2 : 1;
                } else {
                    word.append(c);
                    i++;
                }
            }
            words.add(word.toString());
        }
    }

    /** The words, at most 64; the ones past the 64th are dropped. */
    public List<String> words() {
        return words;
    }

    /** True when the command had more words than the CLI accepts. */
    public boolean overflowed() {
        return overflowed;
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
