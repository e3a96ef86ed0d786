package io.hapsim.client.info;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the CSV of {@code show stat}: a header {@code # pxname,svname,...,} naming the columns (every field is
 * followed by a comma), then one line per proxy or server. Cells never contain commas (HAProxy rewrites them).
 */
public final class StatParser {

    private StatParser() {
    }

    public static List<StatRow> parse(String answer) {
        List<StatRow> rows = new ArrayList<>();
        String[] header = null;
        for (String line : answer.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("# ")) {
                header = split(line.substring(2));
                continue;
            }
            if (header == null) {
                throw new IllegalArgumentException("show stat: data line before the header: " + line);
            }
            String[] cells = split(line);
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                fields.put(header[i], i < cells.length ? cells[i] : "");
            }
            rows.add(new StatRow(fields));
        }
        return rows;
    }

    private static String[] split(String line) {
        String body = line.endsWith(",") ? line.substring(0, line.length() - 1) : line;
        return body.split(",", -1);
    }
}
