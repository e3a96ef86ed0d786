package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.state.proxy.Proxy;
import io.hapsim.simulator.state.proxy.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** One line of show stat: the object it describes and its value in every column (null when absent). */
record StatLine(StatObject object, int proxyId, int serverId, List<String> values) {

    static StatLine frontend(Proxy proxy, List<StatColumn> columns, StatValues values) {
        List<String> line = new ArrayList<>(columns.size());
        for (StatColumn column : columns) {
            line.add(value(column.frontend(), proxy.httpMode(), () -> values.frontend(proxy, column.name())));
        }
        return new StatLine(StatObject.FRONTEND, proxy.id(), 0, line);
    }

    static StatLine backend(Proxy proxy, List<StatColumn> columns, StatValues values) {
        List<String> line = new ArrayList<>(columns.size());
        for (StatColumn column : columns) {
            line.add(value(column.backend(), proxy.httpMode(), () -> values.backend(proxy, column.name())));
        }
        return new StatLine(StatObject.BACKEND, proxy.id(), 0, line);
    }

    static StatLine server(Server server, List<StatColumn> columns, StatValues values) {
        List<String> line = new ArrayList<>(columns.size());
        for (StatColumn column : columns) {
            line.add(value(column.server(), server.proxy().httpMode(), () -> values.server(server, column.name())));
        }
        return new StatLine(StatObject.SERVER, server.proxy().id(), server.id(), line);
    }

    /** A field as the typed and JSON formats show it: its position among the non-separator columns. */
    record Field(int pos, StatColumn column, StatCell cell, String value) {
    }

    /** The fields with a value, in column order; separator columns take no position. */
    List<Field> fields(List<StatColumn> columns) {
        List<Field> fields = new ArrayList<>();
        int pos = -1;
        for (int index = 0; index < columns.size(); index++) {
            StatColumn column = columns.get(index);
            StatCell cell = column.cell(object);
            if (cell.rule() == StatCell.Rule.SEPARATOR) {
                continue;
            }
            pos++;
            String value = values.get(index);
            if (value != null) {
                fields.add(new Field(pos, column, cell, value));
            }
        }
        return fields;
    }

    private static String value(StatCell cell, boolean http, Supplier<String> computed) {
        return switch (cell.rule()) {
            case EMPTY -> null;
            case SEPARATOR, LITERAL -> cell.literal();
            case HTTP_LITERAL -> http ? cell.literal() : null;
            case COMPUTED -> computed.get();
        };
    }
}
