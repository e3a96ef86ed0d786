package io.hapsim.simulator.command.proxy;

import java.util.List;

/**
 * "show stat typed": one line per non-empty field, {@code K.iid.sid.pos.name.1:tags:type:value}, with the field's
 * description in quotes after "desc".
 */
final class StatTyped implements StatFormat {

    private final boolean descriptions;

    StatTyped(boolean descriptions) {
        this.descriptions = descriptions;
    }

    @Override
    public String header(List<StatColumn> columns) {
        return "";
    }

    @Override
    public String line(List<StatColumn> columns, StatLine line, boolean first) {
        StringBuilder out = new StringBuilder();
        for (StatLine.Field field : line.fields(columns)) {
            StatColumn column = field.column();
            out.append(line.object().letter()).append('.').append(line.proxyId()).append('.')
                    .append(line.serverId()).append('.').append(field.pos()).append('.').append(column.name())
                    .append(".1:").append(field.cell().tags()).append(':').append(field.cell().type()).append(':')
                    .append(field.value());
            if (descriptions) {
                out.append(":\"").append(column.description()).append('"');
            }
            out.append('\n');
        }
        return out.toString();
    }

    @Override
    public String footer() {
        return "";
    }
}
