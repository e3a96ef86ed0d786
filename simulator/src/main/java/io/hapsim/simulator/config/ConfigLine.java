package io.hapsim.simulator.config;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Splits one configuration line into words: blanks separate, {@code #} starts a comment, quotes group, backslash
 * escapes, and in double quotes {@code $NAME}, {@code ${NAME}} or {@code ${NAME-default}} take an environment
 * variable's value (an unset one is empty).
 */
public final class ConfigLine {

    private ConfigLine() {
    }

    public static List<String> words(String line) {
        return words(line, System::getenv);
    }

    /** The words of {@code line}, with variables read from {@code environment} (null when unset). */
    static List<String> words(String line, UnaryOperator<String> environment) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '$' && quote == '"' && isVariableStart(line, i + 1)) {
                word = word == null ? new StringBuilder() : word;
                i = expand(line, i + 1, environment, word) - 1;
            } else if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\\' && i + 1 < line.length()) {
                word = word == null ? new StringBuilder() : word;
                word.append(line.charAt(++i));
            } else if (c == '"' || c == '\'') {
                word = word == null ? new StringBuilder() : word;
                quote = c;
            } else if (c == '#') {
                break;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isVariableStart(String line, int at) {
        int name = at < line.length() && line.charAt(at) == '{' ? at + 1 : at;
        return name < line.length() && isNameCharacter(line.charAt(name)) && !isDigit(line.charAt(name));
    }

    /** A character of an environment variable's name: an ASCII letter or digit, or an underscore (C's isalnum). */
    static boolean isNameCharacter(char c) {
        return c < 128 && (Character.isLetter(c) || isDigit(c) || c == '_');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Appends the value of the variable whose name starts at {@code at}; returns where the line goes on. */
    private static int expand(String line, int at, UnaryOperator<String> environment, StringBuilder word) {
        boolean braced = line.charAt(at) == '{';
        int start = braced ? at + 1 : at;
        int end = start;
        while (end < line.length() && isNameCharacter(line.charAt(end))) {
            end++;
        }
        String value = environment.apply(line.substring(start, end));
        if (braced) {
            int close = line.indexOf('}', end);
            if (close < 0) {
                close = line.length() - 1; // HAProxy refuses the line; hapsim reads up to its end
            }
            if (end < line.length() && line.charAt(end) == '-' && value == null) {
                value = line.substring(end + 1, close);
            }
            end = close + 1;
        }
        word.append(value == null ? "" : value);
        return end;
    }
}
