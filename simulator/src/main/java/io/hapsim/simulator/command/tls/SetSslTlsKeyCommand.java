package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.tls.HaproxyBase64;
import io.hapsim.simulator.state.tls.TicketKeys;
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
        Optional<byte[]> decoded = HaproxyBase64.decode(key);
        if (decoded.isEmpty()) {
            return Reply.error("'set ssl tls-key' received invalid base64 encoded TLS key.\n");
        }
        if (!ring.get().rotate(decoded.get())) {
            return Reply.error("'set ssl tls-key' received a key of wrong size.\n");
        }
        return Reply.info("TLS ticket key updated!\n");
    }
}
