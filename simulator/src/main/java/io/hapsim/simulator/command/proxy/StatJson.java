package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.TypedJson;
import java.util.List;

/** "show stat json": an array holding one array of field objects per line (the non-empty fields only). */
final class StatJson implements StatFormat {

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
                    .append(field.column().name()).append("\"},\"processNum\":1,");
            TypedJson.tags(out, cell.tags()).append(',');
            TypedJson.value(out, cell.type(), value, cell.numeric()).append('}');
        }
        return out.append(']').toString();
    }

    @Override
    public String footer() {
        return finalLf ? "]\n" : "]";
    }
}
