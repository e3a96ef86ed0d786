package io.hapsim.simulator.command.proxy;

/**
 * How one show stat column is filled for one kind of line, as written in a {@code .columns} file: "." empty,
 * "-" the CSV-only separator, or a rule ("=" computed, a literal, a literal followed by "/http" for http proxies
 * only) with the tags and type the typed output prints.
 */
record StatCell(Rule rule, String literal, String tags, String type) {

    enum Rule { EMPTY, SEPARATOR, COMPUTED, LITERAL, HTTP_LITERAL }

    static StatCell parse(String text) {
        if (text.equals(".")) {
            return new StatCell(Rule.EMPTY, "", "", "");
        }
        if (text.equals("-")) {
            return new StatCell(Rule.SEPARATOR, "-", "", "");
        }
        String[] parts = text.split(":", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("bad show stat cell '" + text + "'");
        }
        String rule = parts[0];
        if (rule.equals("=")) {
            return new StatCell(Rule.COMPUTED, "", parts[1], parts[2]);
        }
        if (rule.endsWith("/http")) {
            return new StatCell(Rule.HTTP_LITERAL, rule.substring(0, rule.length() - "/http".length()), parts[1],
                    parts[2]);
        }
        return new StatCell(Rule.LITERAL, rule, parts[1], parts[2]);
    }

    /** A number in JSON (unquoted), as opposed to a string. */
    boolean numeric() {
        return !type.equals("str");
    }
}
