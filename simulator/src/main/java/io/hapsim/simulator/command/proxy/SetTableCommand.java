package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.proxy.StickTableEntries.Assignment;
import io.hapsim.simulator.state.proxy.TableDataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code set table <table> key <k> [data.<type> <value>]*} (3.0+: also {@code ptr <p>}): creates or finds the entry,
 * stores the values one after the other and restarts its expiry. A bad data word stops there with an error, the
 * entry and the values before it kept, as HAProxy does.
 */
final class SetTableCommand {

    private static final String BINARY_REFUSAL =
            "Inserting keys into tables of type other than ip, ipv6, string and integer is not supported\n";

    private SetTableCommand() {
    }

    /** The values to store, and the error that stopped reading them (null when none). */
    private record Values(List<Assignment> assignments, Reply error) {
    }

    static Reply set(CommandContext ctx) {
        TableRules rules = TableRequest.rules(ctx);
        if (ctx.arg(2).isEmpty()) {
            return Reply.error("Required arguments: <table> key <key> [data.<store_data_type> <value>]*"
                    + (rules.pointers() ? " or <table> ptr <ptr> [data.<store_data_type> <value>]*\n" : "\n"));
        }
        Optional<TableRequest> found = TableRequest.of(ctx);
        if (found.isEmpty()) {
            return Reply.error("No such table\n");
        }
        if (!ctx.session().level().atLeast(rules.setLevel())) {
            return Reply.permissionDenied();
        }
        TableRequest request = found.get();
        String word = request.word();
        if (word.startsWith("data.")) {
            return Reply.error("content-based lookup is only supported with the \"show\" and \"clear\" actions\n");
        }
        if (!word.equals("key") && !(word.equals("ptr") && rules.pointers())) {
            return word.isEmpty() ? Reply.EMPTY : Reply.error("Required arguments: <table> key <key> "
                    + "[data.<store_data_type> <value>]*"
                    + (rules.pointers() ? " or <table> ptr <ptr> [data.<store_data_type> <value>]*\n" : "\n"));
        }
        TableRequest.Lookup lookup = word.equals("key") ? request.byKey(BINARY_REFUSAL) : request.byPointer();
        if (lookup.error() != null) {
            if (request.table.type().equals("binary") && rules.binaryKeysStored() && lookup.key().isPresent()) {
                request.entries.set(lookup.key().get(), List.of());
                if (rules.refusedLookupHeld()) {
                    request.entries.hold(lookup.key().get());
                }
            }
            return lookup.error();
        }
        if (!request.mayTouchEntries()) {
            return request.refused(lookup, true);
        }
        Values values = values(ctx, request);
        request.entries.set(lookup.key().orElseThrow(), values.assignments());
        return values.error() != null ? values.error() : Reply.EMPTY;
    }

    private static Values values(CommandContext ctx, TableRequest request) {
        List<Assignment> assignments = new ArrayList<>();
        for (int at = 5; !ctx.arg(at).isEmpty(); at += 2) {
            String word = ctx.arg(at);
            if (!word.startsWith("data.")) {
                return new Values(assignments, Reply.error("\"data.<type>\" followed by a value expected\n"));
            }
            Optional<TableDataType> type = TableDataType.named(word.substring("data.".length()));
            if (type.isEmpty()) {
                return new Values(assignments, Reply.error("Unknown data type\n"));
            }
            if (!request.table.stores(type.get())) {
                return new Values(assignments, Reply.error("Data type not stored in this table\n"));
            }
            Optional<Long> value = TableRequest.integer(ctx.arg(at + 1));
            if (value.isEmpty()) {
                return new Values(assignments, Reply.error("Require a valid integer value to store\n"));
            }
            assignments.add(new Assignment(type.get(), value.get()));
        }
        return new Values(assignments, null);
    }
}
