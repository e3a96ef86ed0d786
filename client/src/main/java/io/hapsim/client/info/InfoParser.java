package io.hapsim.client.info;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parses the default (text) form of {@code show info}: one {@code Name: value} line per field. */
public final class InfoParser {

    private InfoParser() {
    }

    public static ProcessInfo parse(String answer) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : answer.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                fields.put(line.substring(0, colon), line.substring(colon + 2));
            } else if (line.endsWith(":") && line.length() > 1) {
                fields.put(line.substring(0, line.length() - 1), "");
            }
        }
        return new ProcessInfo(fields);
    }
}
