package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;

/**
 * {@code update ssl ocsp-response <file>} (3.0+) in a process without OCSP responses: a known certificate has none
 * to update.
 */
final class UpdateSslOcspResponseCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        String file = ctx.arg(3);
        if (file.isEmpty()) {
            return Reply.error("'update ssl ocsp-response' expects a filename\n");
        }
        String reason = ctx.runtime().certificates().exists(file)
                ? "'update ssl ocsp-response' only works on certificates that already have a known OCSP response.\n"
                : "Unknown certificate! 'update ssl ocsp-response' expects an already known certificate file name.\n";
        return Reply.error(reason + "Can't send ocsp request for " + file + "!\n");
    }
}
