package io.hapsim.simulator.command.session;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.config.ListenAddress;
import io.hapsim.simulator.config.StatsSocket;

/**
 * {@code show cli sockets}: each stats socket of the configuration with its level, at any level and whatever follows
 * (2.6 to 3.4 alike). The last column names the processes it is bound to, which is always all of them now.
 */
final class CliSocketsCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        StringBuilder out = new StringBuilder("# socket lvl processes\n");
        for (StatsSocket socket : ctx.runtime().process().cliSockets()) {
            out.append(address(socket.address())).append(' ').append(socket.level().word()).append(" all\n");
        }
        return Reply.text(out.toString());
    }

    /** As HAProxy names a listener's address: its family, then the path or the address and port. */
    private static String address(ListenAddress address) {
        if (address.isUnix()) {
            return "unix@" + address.path();
        }
        return (address.host().contains(":") ? "ipv6@" : "ipv4@") + address;
    }
}
