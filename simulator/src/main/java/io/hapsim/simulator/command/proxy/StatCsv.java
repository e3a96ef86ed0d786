package io.hapsim.simulator.command.proxy;

import java.util.List;

/** show stat's default format: a "# name,..." header, then one comma-terminated line per object. */
final class StatCsv implements StatFormat {

    @Override
    public String header(List<StatColumn> columns) {
        StringBuilder out = new StringBuilder("# ");
        columns.forEach(column -> out.append(column.headerName()).append(','));
        return out.append('\n').toString();
    }

    @Override
    public String line(List<StatColumn> columns, StatLine line, boolean first) {
        StringBuilder out = new StringBuilder();
        line.values().forEach(value -> out.append(value == null ? "" : value).append(','));
        return out.append('\n').toString();
    }

    @Override
    public String footer() {
        return "";
    }
}
