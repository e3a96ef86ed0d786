package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;

/**
 * {@code show ssl providers}: the OpenSSL providers loaded, at any level. A configuration that loads none has
 * OpenSSL's default one (measured on 2.6 to 3.4).
 */
final class ShowSslProvidersCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        return Reply.text("Loaded providers : \n\t- default\n");
    }
}
