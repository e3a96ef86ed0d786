package io.hapsim.simulator.fuzz;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The CLI's word splitting done another way, to check {@code CommandWords} against: first every backslash and
 * the byte it escapes become one char no blank can be mistaken for, then the command is split at runs of spaces
 * and tabs. A backslash ending the command escapes nothing, but still makes a word.
 */
final class ReferenceWords {

    private static final Pattern ESCAPE = Pattern.compile("\\\\(.?)", Pattern.DOTALL);
    private static final Pattern BLANKS = Pattern.compile("[ \t]+");
    /** Commands are Latin-1 text: an escaped byte b becomes the char ESCAPED + b, beyond any byte. */
    private static final int ESCAPED = 0x100;
    private static final char ESCAPED_NOTHING = 0x200;

    private ReferenceWords() {
    }

    /** Every word of the command, however many. */
    static List<String> split(String command) {
        String protectedCommand = ESCAPE.matcher(command).replaceAll(escape -> escape.group(1).isEmpty()
                ? String.valueOf(ESCAPED_NOTHING)
                : String.valueOf((char) (ESCAPED + escape.group(1).charAt(0))));
        return BLANKS.splitAsStream(protectedCommand)
                .filter(word -> !word.isEmpty())
                .map(ReferenceWords::unprotect)
                .toList();
    }

    private static String unprotect(String word) {
        StringBuilder text = new StringBuilder();
        word.chars()
                .filter(c -> c != ESCAPED_NOTHING)
                .forEach(c -> text.append((char) (c >= ESCAPED ? c - ESCAPED : c)));
        return text.toString();
    }
}
