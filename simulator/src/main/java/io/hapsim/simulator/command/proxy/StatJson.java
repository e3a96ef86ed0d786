package io.hapsim.simulator.command.proxy;

import java.util.List;
import java.util.Map;

/** "show stat json": an array holding one array of field objects per line (the non-empty fields only). */
final class StatJson implements StatFormat {

    private static final Map<Character, String> ORIGINS = Map.of('K', "Key", 'M', "Metric", 'S', "Status",
            'C', "Config");
    private static final Map<Character, String> NATURES = Map.of('N', "Name", 'G', "Gauge", 'M', "Max",
            'L', "Limit", 'C', "Counter", 'R', "Rate", 'a', "Avg", 'A', "Age", 'O', "Output", 'D', "Duration");
    private static final Map<Character, String> SCOPES = Map.of('S', "Service", 'P', "Process");

    private final boolean finalLf;

    StatJson(boolean finalLf) {
        this.finalLf = finalLf;
    }

    @Override
    public String header(List<StatColumn> columns) {
        return "[";
    }

    @Override
    public String line(List<StatColumn> columns, StatLine line, boolean first) {
        StringBuilder out = new StringBuilder(first ? "[" : ",[");
        boolean firstField = true;
        for (StatLine.Field field : line.fields(columns)) {
            StatCell cell = field.cell();
            String value = field.value();
            if (!firstField) {
                out.append(',');
            }
            firstField = false;
            String tags = cell.tags();
            out.append("{\"objType\":\"").append(line.object().jsonName()).append("\",\"proxyId\":")
                    .append(line.proxyId()).append(",\"id\":").append(line.serverId())
                    .append(",\"field\":{\"pos\":").append(field.pos()).append(",\"name\":\"")
                    .append(field.column().name())
                    .append("\"},\"processNum\":1,\"tags\":{\"origin\":\"").append(ORIGINS.get(tags.charAt(0)))
                    .append("\",\"nature\":\"").append(NATURES.get(tags.charAt(1))).append("\",\"scope\":\"")
                    .append(SCOPES.get(tags.charAt(2))).append("\"},\"value\":{\"type\":\"").append(cell.type())
                    .append("\",\"value\":");
            if (cell.numeric()) {
                out.append(value);
            } else {
                quote(out, value);
            }
            out.append("}}");
        }
        return out.append(']').toString();
    }

    @Override
    public String footer() {
        return finalLf ? "]\n" : "]";
    }

    private static void quote(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
