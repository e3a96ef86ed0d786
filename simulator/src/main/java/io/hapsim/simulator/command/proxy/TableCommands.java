package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.proxy.StickTable;
import java.util.Optional;

/**
 * {@code show table [<table> [key <k> | ptr <p> | data.<type> <op> <value>...]]} and {@code clear table <table> ...}:
 * the entries "set table" made, listed or removed as the version does (entries are shown from operator level).
 */
final class TableCommands {

    private TableCommands() {
    }

    static Reply show(CommandContext ctx) {
        if (ctx.arg(2).isEmpty()) {
            StringBuilder out = new StringBuilder();
            for (StickTable table : ctx.runtime().proxies().tables()) {
                out.append(TableDump.header(table, ctx.runtime().proxies().entries(table)));
            }
            return Reply.text(out.toString());
        }
        Optional<TableRequest> found = TableRequest.of(ctx);
        if (found.isEmpty()) {
            return Reply.error("No such table\n");
        }
        TableRequest request = found.get();
        String word = request.word();
        if (request.namesOneEntry()) {
            TableRequest.Lookup lookup = request.oneEntry("Showing keys from tables of type other than ip, ipv6, "
                    + "string and integer is not supported\n");
            if (lookup.error() != null) {
                return lookup.error();
            }
            return Reply.text(lookup.entry().map(entry -> TableDump.header(request.table, request.entries)
                    + TableDump.line(request.table, entry, request.rules)).orElse(""));
        }
        TableRequest.Filters filters = new TableRequest.Filters(entry -> true, null);
        if (word.startsWith("data.")) {
            filters = request.filters();
        } else if (!word.isEmpty()) {
            return Reply.error(request.rules.pointers()
                    ? "Optional argument only supports \"data.<store_data_type>\" <operator> <value> or key <key> "
                            + "or ptr <ptr>\n"
                    : "Optional argument only supports \"data.<store_data_type>\" <operator> <value> and key <key>\n");
        }
        if (filters.error() != null) {
            return filters.error();
        }
        String header = TableDump.header(request.table, request.entries);
        if (!request.mayTouchEntries()) {
            return Reply.text(header + TableDump.NOT_DUMPED);
        }
        return Reply.text(header + TableDump.lines(request.table,
                request.entries.list(request.rules.buckets()).stream().filter(filters.test()).toList(),
                request.rules));
    }

    static Reply clear(CommandContext ctx) {
        TableRules rules = TableRequest.rules(ctx);
        if (!ctx.session().level().atLeast(rules.clearLevel())) {
            return Reply.permissionDenied();
        }
        String usage = "Required arguments: <table> \"data.<store_data_type>\" <operator> <value> or <table> key <key>"
                + (rules.pointers() ? " or <table> ptr <ptr>\n" : "\n");
        if (ctx.arg(2).isEmpty()) {
            return Reply.error(usage);
        }
        Optional<TableRequest> found = TableRequest.of(ctx);
        if (found.isEmpty()) {
            return Reply.error("No such table\n");
        }
        TableRequest request = found.get();
        String word = request.word();
        if (request.namesOneEntry()) {
            TableRequest.Lookup lookup = request.oneEntry("Removing keys from tables of type other than ip, ipv6, "
                    + "string and integer is not supported\n");
            if (lookup.error() != null) {
                return lookup.error();
            }
            boolean removed = lookup.entry().isEmpty() || request.entries.remove(lookup.key().orElseThrow());
            return removed ? Reply.EMPTY : Reply.error("Entry currently in use, cannot remove\n");
        }
        TableRequest.Filters filters = new TableRequest.Filters(entry -> true, null);
        if (word.startsWith("data.")) {
            filters = request.filters();
        } else if (!word.isEmpty()) {
            return Reply.error(usage);
        }
        if (filters.error() != null) {
            return filters.error();
        }
        // below operator, the walk over the entries is not made: nothing is removed
        if (request.mayTouchEntries()) {
            request.entries.remove(filters.test());
        }
        return Reply.EMPTY;
    }
}
