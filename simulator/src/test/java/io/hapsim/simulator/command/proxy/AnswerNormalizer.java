package io.hapsim.simulator.command.proxy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Blanks what differs by nature between two runs (see the recordings' README): ages and durations, the date of
 * "show errors", the backend h1 counters real HTTP health checks increase, and a table entry's address and the
 * milliseconds it has left (0, no expiry, is kept).
 */
final class AnswerNormalizer {

    private static final Set<String> VARYING = Set.of("lastchg", "downtime", "check_duration", "agent_duration");
    private static final Pattern TYPED = Pattern.compile(
            "^([FBS]\\.\\d+\\.\\d+\\.\\d+\\.(?:lastchg|downtime|check_duration|agent_duration|h1_[a-z_]+)\\.1:\\w+:\\w+:)\\d+");
    private static final Pattern JSON = Pattern.compile(
            "(\"name\":\"(?:lastchg|downtime|check_duration|agent_duration|h1_[a-z_]+)\"\\},\"processNum\":1,"
                    + "\"tags\":\\{[^}]*\\},\"value\":\\{\"type\":\"\\w+\",\"value\":)\\d+");
    private static final Pattern SERVERS_STATE = Pattern.compile("^((?:\\S+ ){9})\\d+( .*)$");
    private static final Pattern ERRORS_DATE = Pattern.compile("\\[\\d\\d/\\w{3}/\\d{4}:\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\]");

    private static final Pattern TABLE_ENTRY = Pattern.compile("^0x[0-9a-f]+(: key=.* exp=)(?:[1-9]\\d*|(0))");

    private AnswerNormalizer() {
    }

    static String normalize(String answer) {
        StringBuilder out = new StringBuilder();
        List<String> header = List.of();
        for (String line : answer.split("\n", -1)) {
            if (line.startsWith("# pxname,")) {
                header = Arrays.asList(line.substring(2).split(","));
            } else if (!header.isEmpty() && line.contains(",") && !line.startsWith("[")) {
                line = csvLine(header, line);
            } else {
                line = TYPED.matcher(line).replaceAll("$1T");
                line = JSON.matcher(line).replaceAll("$1T");
                line = SERVERS_STATE.matcher(line).replaceAll("$1T$2");
                line = ERRORS_DATE.matcher(line).replaceAll("[DATE]");
                line = TABLE_ENTRY.matcher(line)
                        .replaceAll(match -> "0xPTR" + match.group(1) + (match.group(2) != null ? "0" : "LEFT"));
            }
            out.append(line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static String csvLine(List<String> header, String line) {
        String[] values = line.split(",", -1);
        for (int i = 0; i < values.length && i < header.size(); i++) {
            String column = header.get(i);
            if (!values[i].isEmpty() && (VARYING.contains(column) || column.startsWith("h1_"))) {
                values[i] = "T";
            }
        }
        return String.join(",", values);
    }
}
