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
        int pos = -1;
        for (int index = 0; index < columns.size(); index++) {
            StatColumn column = columns.get(index);
            StatCell cell = column.cell(line.object());
            if (cell.rule() == StatCell.Rule.SEPARATOR) {
                continue;
            }
            pos++;
            String value = line.values().get(index);
            if (value == null) {
                continue;
            }
            out.append(line.object().letter()).append('.').append(line.proxyId()).append('.')
                    .append(line.serverId()).append('.').append(pos).append('.').append(column.name())
                    .append(".1:").append(cell.tags()).append(':').append(cell.type()).append(':').append(value);
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
