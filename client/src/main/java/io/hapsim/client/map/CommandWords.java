package io.hapsim.client.map;

/**
 * Escapes one argument of a CLI command line: HAProxy splits words on spaces and tabs, commands on {@code ;}, and
 * un-escapes {@code \x} to {@code x}; a line ending with {@code <<} (2.x) or a last word starting with {@code <<}
 * (3.x) would open a payload. A newline cannot be escaped safely (2.4 ends the line anyway).
 */
public final class CommandWords {

    private CommandWords() {
    }

    public static String escape(String word) {
        if (word.indexOf('\n') >= 0 || word.indexOf('\r') >= 0 || word.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a command-line argument cannot hold a newline, CR or NUL");
        }
        StringBuilder out = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean special = c == ' ' || c == '\t' || c == ';' || c == '\\' || c == '<';
            if (special && out == null) {
                out = new StringBuilder(word.length() + 8).append(word, 0, i);
            }
            if (out != null) {
                if (special) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out == null ? word : out.toString();
    }
}
