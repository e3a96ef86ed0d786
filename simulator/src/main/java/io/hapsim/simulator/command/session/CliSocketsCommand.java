package io.hapsim.simulator.command.session;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.config.StatsSocket;

/**
 * {@code show cli sockets}: each stats socket of the configuration with its level, at any level and whatever follows
 * (2.6 to 3.4 alike). The last column names the processes it is bound to, which is always all of them now. A process
 * without stats sockets (a master, whose CLI is not a frontend of its own) prints nothing, not even the heading.
 */
final class CliSocketsCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        if (ctx.runtime().process().cliSockets().isEmpty()) {
            return Reply.EMPTY;
        }
        StringBuilder out = new StringBuilder("# socket lvl processes\n");
        for (StatsSocket socket : ctx.runtime().process().cliSockets()) {
            out.append(socket.address().qualified()).append(' ').append(socket.level().word()).append(" all\n");
        }
        return Reply.text(out.toString());
    }
}
