package io.hapsim.simulator.command.map;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.pattern.PatternRef;

/**
 * {@code get map|acl <ref> <value>}: matches the value against the current version, once per use of the
 * reference, and reports what matched. Any reference may be queried in either form.
 */
final class GetCommand {

    private GetCommand() {
    }

    static Reply handle(CommandContext ctx, Kind kind) {
        if (ctx.arg(2).isEmpty() || ctx.arg(3).isEmpty()) {
            return Reply.error(kind.missingIdentifierOrKey);
        }
        PatternRef ref = ctx.runtime().patterns().lookup(ctx.arg(2));
        if (ref == null) {
            return Reply.error(kind.unknownIdentifier);
        }
        StringBuilder out = new StringBuilder();
        for (PatternRef.Lookup l : ref.lookup(ctx.arg(3))) {
            render(out, l, kind);
        }
        return Reply.text(out.toString());
    }

    static void render(StringBuilder b, PatternRef.Lookup l, Kind kind) {
        boolean map = kind == Kind.MAP;
        b.append("type=").append(l.matchName()).append(", case=").append(l.ignoreCase() ? "insensitive" : "sensitive");
        if (!l.found()) {
            b.append(map ? ", found=no" : ", match=no").append('\n');
            return;
        }
        b.append(map ? ", found=yes" : ", match=yes").append(", idx=").append(l.tree() ? "tree" : "list");
        String name = map ? ", key=" : ", pattern=";
        if (l.key() == null) {
            b.append(name).append("unknown");
        } else {
            b.append(name).append('"').append(l.key()).append('"');
        }
        if (map) {
            if (l.value() != null && l.valueType() != null) {
                b.append(", value=\"").append(l.value()).append("\", type=\"").append(l.valueType()).append('"');
            } else {
                b.append(", value=none");
            }
        }
        b.append('\n');
    }
}
