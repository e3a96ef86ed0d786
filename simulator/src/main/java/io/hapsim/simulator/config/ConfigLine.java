package io.hapsim.simulator.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Splits one configuration line into words as HAProxy's parser does, for every reader of the configuration: blanks
 * separate, {@code #} starts a comment, single quotes keep their text as it is, and outside them a backslash escapes
 * ({@code \t}, {@code \n}, {@code \r}, {@code \xHH}, or the character itself); in double quotes, {@code $NAME},
 * {@code ${NAME}} or {@code ${NAME-default}} take an environment variable's value (an unset one is empty).
 */
public final class ConfigLine {

    private static final Set<String> SECTIONS = Set.of("global", "defaults", "frontend", "backend", "listen",
            "peers", "resolvers", "userlist", "mailers", "program", "http-errors", "ring", "cache", "log-forward",
            "crt-store", "traces", "acme");

    /**
     * A line of a configuration that has words.
     *
     * @param number its number in the file, from 1
     * @param words  its words
     */
    public record Numbered(int number, List<String> words) {
    }

    private ConfigLine() {
    }

    /** The lines of a configuration's text that have words, in order, each split as {@link #words(String)} does. */
    public static List<Numbered> lines(String text) {
        List<Numbered> lines = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        for (int number = 1; number <= raw.length; number++) {
            List<String> words = words(raw[number - 1]);
            if (!words.isEmpty()) {
                lines.add(new Numbered(number, words));
            }
        }
        return lines;
    }

    /** Whether a line's first word opens a section (the lines after it belong to it). */
    public static boolean startsSection(String keyword) {
        return SECTIONS.contains(keyword);
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
            if (quote == '\'' && c != quote) {
                word.append(c);
            } else if (c == '\\' && quote != '\'' && i + 1 < line.length()) {
                word = word == null ? new StringBuilder() : word;
                i = escape(line, i + 1, word);
            } else if (c == '$' && quote == '"' && isVariableStart(line, i + 1)) {
                i = expand(line, i + 1, environment, word) - 1;
            } else if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
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

    /** Appends the character escaped at {@code line[at]}; returns the index of its last character. */
    private static int escape(String line, int at, StringBuilder word) {
        char e = line.charAt(at);
        switch (e) {
            case 't' -> word.append('\t');
            case 'r' -> word.append('\r');
            case 'n' -> word.append('\n');
            case 'x' -> {
                if (at + 2 < line.length() && Character.digit(line.charAt(at + 1), 16) >= 0
                        && Character.digit(line.charAt(at + 2), 16) >= 0) {
                    word.append((char) Integer.parseInt(line.substring(at + 1, at + 3), 16));
                    return at + 2;
                }
                word.append(e);
            }
            default -> word.append(e);
        }
        return at;
    }

    /** A variable name starts at {@code at} (a braced one must be closed, else the {@code $} is plain text). */
    private static boolean isVariableStart(String line, int at) {
        boolean braced = at < line.length() && line.charAt(at) == '{';
        int name = braced ? at + 1 : at;
        return name < line.length() && isNameCharacter(line.charAt(name)) && !isDigit(line.charAt(name))
                && (!braced || line.indexOf('}', name) >= 0);
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
            if (line.charAt(end) == '-' && value == null) {
                value = line.substring(end + 1, close);
            }
            end = close + 1;
        }
        word.append(value == null ? "" : value);
        return end;
    }
}
