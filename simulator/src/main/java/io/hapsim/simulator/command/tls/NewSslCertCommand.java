package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;

/** {@code new ssl cert <file>}: an empty certificate store, to fill with {@code set ssl cert} and commit. */
final class NewSslCertCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        String name = ctx.arg(3);
        if (name.isEmpty()) {
            return Reply.error("'new ssl cert' expects a filename\n");
        }
        if (!ctx.runtime().certificates().create(name)) {
            return Reply.error("Certificate '" + name + "' already exists!\n");
        }
        return Reply.notice("New empty certificate store '" + name + "'!\n");
    }
}
