package io.hapsim.simulator.command.map;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.pattern.PatternRef;

/**
 * {@code del map|acl <ref> <key>|#0x<addr>}: deletes every entry with that key (all versions, or only the current
 * one where the version scopes it), or one entry designated by its address. Up to 3.1, an unknown reference is
 * reported with the map message for both kinds.
 */
final class DelCommand {

    private static final String NOT_FOUND = "Key not found.\n";

    private DelCommand() {
    }

    static Reply handle(CommandContext ctx, Kind kind) {
        if (ctx.arg(2).isEmpty() || ctx.arg(3).isEmpty()) {
            return Reply.error(kind.expectsTwoParameters);
        }
        PatternRef ref = ctx.runtime().patterns().lookup(ctx.arg(2));
        if (ref == null || !kind.lists(ref)) {
            return Reply.error((ctx.profile().delAclNamesAcl() ? kind : Kind.MAP).unknownIdentifier);
        }
        if (EntryAddress.designatesEntry(ctx.arg(3))) {
            Long address = EntryAddress.parse(ctx.arg(3));
            if (address == null) {
                return Reply.error(EntryAddress.MALFORMED);
            }
            return ref.deleteAt(address) ? Reply.EMPTY : Reply.error(NOT_FOUND);
        }
        int deleted = ref.deleteByKey(ctx.arg(3), ctx.profile().generationScopedSetDel());
        return deleted > 0 ? Reply.EMPTY : Reply.error(NOT_FOUND);
    }
}
