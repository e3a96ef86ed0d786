package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.proxy.InetText;
import io.hapsim.simulator.state.proxy.StickTable;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code show table [<table> [key <k> | data.<type> <op> <value> | ptr <p>]*]} and {@code clear table <table> ...}.
 * Without traffic, tables hold no entry: the arguments are checked as HAProxy does, a lookup finds nothing.
 */
final class TableCommands {

    /** Stick-table data types, as "data.<type>" filters name them. */
    private static final Set<String> DATA_TYPES = Set.of("server_id", "gpt0", "gpc0", "gpc0_rate", "conn_cnt",
            "conn_rate", "conn_cur", "sess_cnt", "sess_rate", "http_req_cnt", "http_req_rate", "http_err_cnt",
            "http_err_rate", "bytes_in_cnt", "bytes_in_rate", "bytes_out_cnt", "bytes_out_rate", "gpc1",
            "gpc1_rate", "server_key", "http_fail_cnt", "http_fail_rate", "gpt", "gpc", "gpc_rate", "glitch_cnt",
            "glitch_rate", "server_name");
    private static final Set<String> OPERATORS = Set.of("eq", "ne", "le", "ge", "lt", "gt");

    /** What the arguments after the table name asked for, or the error they make. */
    private record Request(boolean lookup, String error) {
    }

    private TableCommands() {
    }

    static Reply show(CommandContext ctx) {
        List<StickTable> tables = ctx.runtime().proxies().tables();
        if (ctx.arg(2).isEmpty()) {
            StringBuilder out = new StringBuilder();
            tables.forEach(table -> out.append(header(table)));
            return Reply.text(out.toString());
        }
        Optional<StickTable> table = ctx.runtime().proxies().table(ctx.arg(2));
        if (table.isEmpty()) {
            return Reply.error("No such table\n");
        }
        ProxyBehaviour behaviour = ProxyBehaviour.of(ctx.profile());
        Request request = parse(ctx.args(), table.get(), behaviour, behaviour.tablePointers()
                ? "Optional argument only supports \"data.<store_data_type>\" <operator> <value> or key <key> or ptr <ptr>\n"
                : "Optional argument only supports \"data.<store_data_type>\" <operator> <value> and key <key>\n");
        if (request.error() != null) {
            return Reply.error(request.error());
        }
        return request.lookup() ? Reply.text("") : Reply.text(header(table.get()));
    }

    static Reply clear(CommandContext ctx) {
        ProxyBehaviour behaviour = ProxyBehaviour.of(ctx.profile());
        if (!ctx.session().level().atLeast(behaviour.clearTableLevel())) {
            return Reply.permissionDenied();
        }
        String usage = "Required arguments: <table> \"data.<store_data_type>\" <operator> <value> or <table> key <key>"
                + (behaviour.tablePointers() ? " or <table> ptr <ptr>\n" : "\n");
        if (ctx.arg(2).isEmpty()) {
            return Reply.error(usage);
        }
        Optional<StickTable> table = ctx.runtime().proxies().table(ctx.arg(2));
        if (table.isEmpty()) {
            return Reply.error("No such table\n");
        }
        Request request = parse(ctx.args(), table.get(), behaviour, usage);
        return request.error() != null ? Reply.error(request.error()) : Reply.EMPTY;
    }

    private static String header(StickTable table) {
        return "# table: " + table.name() + ", type: " + table.type() + ", size:" + table.size() + ", used:0\n";
    }

    private static Request parse(List<String> args, StickTable table, ProxyBehaviour behaviour, String usage) {
        boolean lookup = false;
        int filter = 0;
        for (int i = 3; i < args.size() && !args.get(i).isEmpty(); ) {
            String word = args.get(i);
            String value = i + 1 < args.size() ? args.get(i + 1) : "";
            if (word.equals("key")) {
                if (value.isEmpty()) {
                    return new Request(false, "Key value expected\n");
                }
                if (!validKey(table.type(), value, behaviour.strictTableKeys())) {
                    return new Request(false, "Invalid key\n");
                }
                lookup = true;
                i += 2;
            } else if (word.equals("ptr") && behaviour.tablePointers()) {
                return new Request(false, "No entry can be found matching ptr.\n");
            } else if (word.startsWith("data.")) {
                String error = filterError(++filter, table, word.substring("data.".length()), value,
                        i + 2 < args.size() ? args.get(i + 2) : "");
                if (error != null) {
                    return new Request(false, error);
                }
                i += 3;
            } else {
                return new Request(false, usage);
            }
        }
        return new Request(lookup, null);
    }

    private static String filterError(int number, StickTable table, String type, String operator, String value) {
        String prefix = "Filter entry #" + number + ": ";
        if (!DATA_TYPES.contains(type)) {
            return prefix + "Unknown data type\n";
        }
        if (!table.stores(type)) {
            return prefix + "Data type not stored in this table\n";
        }
        if (!OPERATORS.contains(operator)) {
            return prefix + "Require and operator among \"eq\", \"ne\", \"le\", \"ge\", \"lt\", \"gt\"\n";
        }
        if (!value.matches("-?\\d+")) {
            return prefix + "Require a valid integer value to compare against\n";
        }
        return null;
    }

    /**
     * 2.x parses an ip key leniently (anything goes), an ipv6 key strictly and an integer key as digits; 3.0
     * converts between IP versions, rejects other ip keys and converts anything to an integer.
     */
    private static boolean validKey(String type, String key, boolean strict) {
        boolean ip = InetText.canonical(key).isPresent();
        return switch (type) {
            case "ip" -> !strict || ip;
            case "ipv6" -> strict ? ip : InetText.canonical(key).filter(InetText::isIpv6).isPresent();
            case "integer" -> strict || key.matches("\\d+");
            default -> true;
        };
    }
}
