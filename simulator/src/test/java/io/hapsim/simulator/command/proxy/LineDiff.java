package io.hapsim.simulator.command.proxy;

import java.util.List;

/** A short account of how two multi-line answers differ: the first differing lines, escaped. */
final class LineDiff {

    private static final int SHOWN = 4;
    private static final int CONTEXT = 60;

    private LineDiff() {
    }

    static String describe(String expected, String actual) {
        List<String> wanted = List.of(expected.split("\n", -1));
        List<String> got = List.of(actual.split("\n", -1));
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < Math.max(wanted.size(), got.size()) && shown < SHOWN; i++) {
            String want = i < wanted.size() ? wanted.get(i) : "<none>";
            String have = i < got.size() ? got.get(i) : "<none>";
            if (!want.equals(have)) {
                int from = Math.max(0, firstDifference(want, have) - CONTEXT);
                out.append("  line ").append(i + 1).append(" expected: ").append(excerpt(want, from))
                        .append("\n  line ").append(i + 1).append(" actual:   ").append(excerpt(have, from))
                        .append('\n');
                shown++;
            }
        }
        return out.append("  (").append(wanted.size()).append(" lines expected, ").append(got.size())
                .append(" received)").toString();
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** Up to three contexts' worth of a line from {@code from}, CRs made visible. */
    private static String excerpt(String line, int from) {
        String part = from >= line.length() ? "" : line.substring(from, Math.min(line.length(), from + 3 * CONTEXT));
        return (from > 0 ? "..." : "") + part.replace("\r", "\\r");
    }
}
