package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.tls.HaproxyBase64;
import io.hapsim.simulator.state.tls.OcspResponses;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code set ssl ocsp-response <base64>} (or its payload): HAProxy's checks of the response, each refusal in its
 * words. One that passes them is about a certificate hapsim holds no OCSP response for, and is refused as such.
 */
final class SetSslOcspResponseCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        String given = ctx.payload() != null ? ctx.payload() : ctx.arg(3);
        if (given.isEmpty()) {
            return Reply.error("'set ssl ocsp-response' expects response in base64 encoding.\n");
        }
        Optional<byte[]> der = HaproxyBase64.decode(given.replace("\r", "").replace("\n", ""));
        if (der.isEmpty()) {
            return Reply.error("'set ssl ocsp-response' received invalid base64 encoded response.\n");
        }
        return Reply.error(OcspResponses.refusal(der.get(), Instant.now()) + ".\n");
    }
}
