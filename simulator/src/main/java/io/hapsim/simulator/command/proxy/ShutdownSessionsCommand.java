package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;

/**
 * {@code shutdown sessions server <backend>/<server>}: ends the streams a server carries. The simulator carries no
 * traffic, so a server that exists has none to end and the answer is empty; one that does not gets HAProxy's lookup
 * errors (the same on every version).
 */
final class ShutdownSessionsCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        ServerLookup lookup = ServerLookup.find(ctx.runtime().proxies(), ctx.arg(3));
        return lookup.server() == null ? lookup.error() : Reply.EMPTY;
    }
}
