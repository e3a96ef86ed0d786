package io.hapsim.simulator.command.info;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;

/**
 * {@code show peers [dict|-] [<section>]}. A peers section that does not name this host's local peer (its host name)
 * is left out at start-up, as HAProxy does: without an active one, the dump is empty and a named section does not
 * exist. An active section's dump (its connections to the other peers) is not simulated.
 */
final class ShowPeersCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        if (!ctx.runtime().process().activePeers().isEmpty()) {
            return Reply.error("hapsim does not simulate 'show peers' of a peers section naming this host.\n");
        }
        int section = ctx.arg(2).equals("dict") || ctx.arg(2).equals("-") ? 3 : 2;
        return ctx.arg(section).isEmpty() ? Reply.text("") : Reply.error("No such peers\n");
    }
}
