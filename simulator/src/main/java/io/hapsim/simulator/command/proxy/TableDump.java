package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.state.proxy.StickTable;
import io.hapsim.simulator.state.proxy.StickTableEntries;
import io.hapsim.simulator.state.proxy.TableDataType;
import java.util.List;

/** How "show table" writes a table's header and its entries. */
final class TableDump {

    static final String NOT_DUMPED = "# contents not dumped due to insufficient privileges\n";

    private TableDump() {
    }

    static String header(StickTable table, StickTableEntries entries) {
        return "# table: " + table.name() + ", type: " + table.type() + ", size:" + table.size() + ", used:"
                + entries.used() + "\n";
    }

    /**
     * One entry: its address, key, references (no stream holds a CLI-made entry), milliseconds left, shard
     * (3.0+: 0 without peers shards) and every stored value, an array type element by element.
     */
    static String line(StickTable table, StickTableEntries.Listed entry, TableRules rules) {
        StringBuilder out = new StringBuilder("0x").append(Long.toHexString(entry.pointer())).append(": key=")
                .append(entry.key().text()).append(" use=").append(entry.references()).append(" exp=")
                .append(entry.expiresIn());
        if (rules.shardField()) {
            out.append(" shard=0");
        }
        int slot = 0;
        for (StickTable.StoredData data : table.stored()) {
            TableDataType type = data.type();
            String period = type.kind() == TableDataType.Kind.RATE ? "(" + data.periodMillis() + ")" : "";
            for (int element = 0; element < data.count(); element++) {
                out.append(' ').append(name(type, element)).append(period).append('=')
                        .append(type.text(entry.values()[slot++]));
            }
        }
        return out.append('\n').toString();
    }

    static String lines(StickTable table, List<StickTableEntries.Listed> entries, TableRules rules) {
        StringBuilder out = new StringBuilder();
        entries.forEach(entry -> out.append(line(table, entry, rules)));
        return out.toString();
    }

    /** gpt and gpc elements print as gpt0, gpc1; gpc_rate's as gpc2_rate. */
    private static String name(TableDataType type, int element) {
        return switch (type) {
            case GPT -> "gpt" + element;
            case GPC -> "gpc" + element;
            case GPC_RATE -> "gpc" + element + "_rate";
            default -> type.word();
        };
    }
}
