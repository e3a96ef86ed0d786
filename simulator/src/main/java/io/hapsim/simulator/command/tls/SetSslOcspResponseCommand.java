package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.tls.HaproxyBase64;
import io.hapsim.simulator.state.tls.OcspCertificateId;
import io.hapsim.simulator.state.tls.OcspResponses;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code set ssl ocsp-response <base64>} (or its payload): HAProxy's checks of the response, each refusal in its
 * words; one that passes them replaces the response stapled for its certificate ID, and is refused when none is.
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
        Optional<String> refusal = OcspResponses.refusal(der.get(), Instant.now());
        if (refusal.isPresent()) {
            return Reply.error(refusal.get() + ".\n");
        }
        OcspCertificateId id = OcspResponses.certificateId(der.get()).orElseThrow(); // it passed the checks
        if (id.der().length > OcspCertificateId.MAX_BYTES) {
            return Reply.error("OCSP single response: Certificate ID too long.\n");
        }
        return ctx.runtime().ocspStapling().replace(id, der.get())
                ? Reply.info("OCSP Response updated!\n") : Reply.error(OcspResponses.NO_CERTIFICATE + ".\n");
    }
}
