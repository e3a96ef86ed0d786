package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.tls.TicketKeys;
import java.util.Base64;
import java.util.Optional;

/**
 * {@code set ssl tls-key <#id|file> <base64 key>}: the key takes the oldest one's place and the next key encrypts,
 * as HAProxy rotates them.
 */
final class SetSslTlsKeyCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        String reference = ctx.arg(3);
        String key = ctx.arg(4);
        if (reference.isEmpty() || key.isEmpty()) {
            return Reply.error(
                    "'set ssl tls-key' expects a filename and the new TLS key in base64 encoding.\n");
        }
        Optional<TicketKeys.Ring> ring = ctx.runtime().ticketKeys().find(reference);
        if (ring.isEmpty()) {
            return Reply.error("'set ssl tls-key' unable to locate referenced filename\n");
        }
        byte[] decoded;
        try {
            // HAProxy's decoder wants whole groups of four characters
            decoded = key.length() % 4 == 0 ? Base64.getDecoder().decode(key) : null;
        } catch (IllegalArgumentException e) {
            decoded = null;
        }
        if (decoded == null) {
            return Reply.error("'set ssl tls-key' received invalid base64 encoded TLS key.\n");
        }
        if (!ring.get().rotate(decoded)) {
            return Reply.error("'set ssl tls-key' received a key of wrong size.\n");
        }
        return Reply.info("TLS ticket key updated!\n");
    }
}
