package io.hapsim.simulator.command.map;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.pattern.Numbers;
import io.hapsim.simulator.state.pattern.PatternRef;

/**
 * {@code add map [@<ver>] <ref> <key> <value>}, {@code add map [@<ver>] <ref>} with a payload of
 * {@code key value} lines, and {@code add acl [@<ver>] <ref> <pattern>}.
 */
final class AddCommand {

    private static final String MAP_USAGE = "'add map' expects three parameters (map identifier, key and value)"
            + " or one parameter (map identifier) and a payload\n";
    private static final String ACL_USAGE = "'add acl' expects two parameters: ACL identifier and pattern.\n";
    private static final String SHARED = "This ACL is shared with a map containing samples. "
            + "You must use the command 'add map' to add values.\n";

    private AddCommand() {
    }

    static Reply handle(CommandContext ctx, Kind kind) {
        int i = 2;
        String version = null;
        if (ctx.arg(2).startsWith("@")) {
            version = ctx.arg(2).substring(1);
            i++;
        }
        String payload = ctx.payload();
        if (kind == Kind.MAP) {
            boolean missing = payload == null
                    ? ctx.arg(i).isEmpty() || ctx.arg(i + 1).isEmpty() || ctx.arg(i + 2).isEmpty()
                    : ctx.arg(i).isEmpty();
            if (missing) {
                return Reply.error(MAP_USAGE);
            }
        } else if (ctx.arg(i).isEmpty() || ctx.arg(i + 1).isEmpty()) {
            return Reply.error(ACL_USAGE);
        }
        PatternRef ref = ctx.runtime().patterns().lookup(ctx.arg(i));
        if (ref == null) {
            return Reply.error(kind.unknownIdentifier);
        }
        int v = ref.currentVersion();
        if (version != null) {
            v = Numbers.unsignedPrefix(version);
            if (ref.isFutureVersion(v)) {
                return Reply.error(kind.futureVersion());
            }
        }
        if (kind == Kind.ACL && ref.hasSamples()) {
            return Reply.error(SHARED);
        }
        if (payload == null) {
            return added(ref.add(v, ctx.arg(i + 1), kind == Kind.MAP ? ctx.arg(i + 2) : null));
        }
        return addPayload(ref, v, payload, kind);
    }

    /**
     * One entry per line: the key runs up to the first space or tab (a newline does not end it), the value from
     * the next non-blank character up to the end of the line. Entries before an error stay added.
     */
    private static Reply addPayload(PatternRef ref, int version, String payload, Kind kind) {
        int p = 0;
        int n = payload.length();
        while (p < n) {
            int keyEnd = p;
            while (keyEnd < n && payload.charAt(keyEnd) != ' ' && payload.charAt(keyEnd) != '\t') {
                keyEnd++;
            }
            if (keyEnd == n) {
                if (kind == Kind.MAP) {
                    return Reply.error("Missing value for key '" + payload.substring(p) + "'.\n");
                }
                // an ACL pattern with nothing after it: the rest of the payload is the pattern
                return added(ref.add(version, payload.substring(p), null));
            }
            int keyFrom = p;
            p = keyEnd + 1;
            while (p < n && (payload.charAt(p) == ' ' || payload.charAt(p) == '\t')) {
                p++;
            }
            int valueEnd = payload.indexOf('\n', p);
            if (valueEnd < 0) {
                valueEnd = n;
            }
            int valueFrom = kind == Kind.MAP ? p : -1;
            Reply r = added(ref.add(version, payload, keyFrom, keyEnd, valueFrom, valueEnd));
            p = valueEnd < n ? valueEnd + 1 : n;
            if (r != Reply.EMPTY) {
                return r;
            }
        }
        return Reply.EMPTY;
    }

    private static Reply added(String error) {
        return error == null ? Reply.EMPTY : Reply.error(error + ".\n");
    }
}
