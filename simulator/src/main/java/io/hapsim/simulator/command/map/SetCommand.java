package io.hapsim.simulator.command.map;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.pattern.PatternRef;
import io.hapsim.simulator.version.VersionProfile;

/**
 * {@code set map <ref> <key>|#0x<addr> <value>}: changes the value of the entries with that key (all versions, or
 * only the current one where the version scopes it), or of one entry designated by its address.
 */
final class SetCommand {

    private static final String USAGE = "'set map' expects three parameters: map identifier, key and value.\n";

    private SetCommand() {
    }

    static Reply handle(CommandContext ctx) {
        if (ctx.arg(2).isEmpty() || ctx.arg(3).isEmpty() || ctx.arg(4).isEmpty()) {
            return Reply.error(USAGE);
        }
        PatternRef ref = ctx.runtime().patterns().lookup(ctx.arg(2));
        if (ref == null) {
            return Reply.error(Kind.MAP.unknownIdentifier);
        }
        String value = ctx.arg(4);
        String unparsable = "unable to parse '" + value + "'.\n";
        if (EntryAddress.designatesEntry(ctx.arg(3))) {
            Long address = EntryAddress.parse(ctx.arg(3));
            if (address == null) {
                return Reply.error(EntryAddress.MALFORMED);
            }
            return switch (ref.setAt(address, value)) {
                case DONE -> Reply.EMPTY;
                case NOT_FOUND -> Reply.error("key or pattern not found.\n");
                case UNPARSABLE -> Reply.error(unparsable);
            };
        }
        VersionProfile profile = ctx.profile();
        return switch (ref.setByKey(ctx.arg(3), value, profile.generationScopedSetDel())) {
            case DONE -> Reply.EMPTY;
            case NOT_FOUND -> Reply.error("entry not found.\n");
            case UNPARSABLE -> profile.setMapReportsParseErrors() ? Reply.error(unparsable) : Reply.EMPTY;
        };
    }
}
