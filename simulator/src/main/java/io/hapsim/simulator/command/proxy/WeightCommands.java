package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.Reply;

/** {@code get weight <backend>/<server>} and the older {@code set weight <backend>/<server> <weight>}. */
final class WeightCommands {

    private WeightCommands() {
    }

    static Reply get(CommandContext ctx) {
        ServerLookup lookup = ServerLookup.find(ctx.runtime().proxies(), ctx.arg(2));
        if (lookup.server() == null) {
            return lookup.error();
        }
        return Reply.info(lookup.server().userWeight() + " (initial " + lookup.server().initialWeight() + ")\n");
    }

    static Reply set(CommandContext ctx) {
        ServerLookup lookup = ServerLookup.findEnabled(ctx.runtime().proxies(), ctx.arg(2));
        if (lookup.server() == null) {
            return lookup.error();
        }
        String error = WeightChange.apply(lookup.server(), ctx.arg(3));
        return error == null ? Reply.EMPTY : Reply.error(ProxyBehaviour.of(ctx.profile()).message(error));
    }
}
