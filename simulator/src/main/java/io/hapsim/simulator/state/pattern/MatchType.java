package io.hapsim.simulator.state.pattern;

import java.util.Locale;

/**
 * How a pattern is compared with a sample: HAProxy's matching methods, named as {@code -m} and {@code get map}
 * print them. Each method also fixes how patterns are parsed and indexed.
 */
public enum MatchType {
    FOUND("found", Index.LIST_VALUE, Parse.NOTHING, Input.INTEGER),
    BOOL("bool", Index.LIST_VALUE, Parse.NOTHING, Input.INTEGER),
    INT("int", Index.LIST_VALUE, Parse.INTEGER, Input.INTEGER),
    IP("ip", Index.TREE_IP, Parse.ADDRESS, Input.ADDRESS),
    BIN("bin", Index.LIST_BINARY, Parse.BINARY, Input.BINARY),
    LEN("len", Index.LIST_VALUE, Parse.INTEGER, Input.STRING),
    STR("str", Index.TREE_STRING, Parse.STRING, Input.STRING),
    BEG("beg", Index.TREE_PREFIX, Parse.STRING, Input.STRING),
    SUB("sub", Index.LIST_STRING, Parse.STRING, Input.STRING),
    DIR("dir", Index.LIST_STRING, Parse.STRING, Input.STRING),
    DOM("dom", Index.LIST_STRING, Parse.STRING, Input.STRING),
    END("end", Index.LIST_STRING, Parse.STRING, Input.STRING),
    REG("reg", Index.LIST_REGEX, Parse.REGEX, Input.STRING),
    REGM("regm", Index.LIST_REGEX_CAPTURE, Parse.REGEX, Input.STRING);

    /** How the patterns of a method are stored; two uses of one file share storage only when this matches. */
    enum Index { LIST_VALUE, LIST_BINARY, LIST_STRING, LIST_REGEX, LIST_REGEX_CAPTURE, TREE_IP, TREE_STRING, TREE_PREFIX }

    /** How a pattern's text is read. */
    enum Parse { NOTHING, INTEGER, ADDRESS, BINARY, STRING, REGEX }

    /** What the sample is converted to before matching. */
    enum Input { INTEGER, ADDRESS, BINARY, STRING }

    private final String word;
    private final Index index;
    private final Parse parse;
    private final Input input;

    MatchType(String word, Index index, Parse parse, Input input) {
        this.word = word;
        this.index = index;
        this.parse = parse;
        this.input = input;
    }

    /** The name {@code -m} takes and {@code get map} prints ({@code str}, {@code beg} ...). */
    public String word() {
        return word;
    }

    Index index() {
        return index;
    }

    Parse parse() {
        return parse;
    }

    Input input() {
        return input;
    }

    /** The method named {@code word} (case-insensitive), or {@code null}. */
    public static MatchType fromWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (MatchType t : values()) {
            if (t.word.equals(w)) {
                return t;
            }
        }
        return null;
    }
}
