package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import java.util.regex.Pattern;

/**
 * {@code show ssl ocsp-response [[text|base64] <certid|path>]} in a process without OCSP responses: an empty list,
 * and each certificate ID or path refused as the version does. 2.8+ take a certificate's path and a format; before,
 * any argument is a certificate ID.
 */
final class ShowSslOcspResponseCommand implements CommandHandler {

    /** The longest certificate ID HAProxy takes, in bytes. */
    private static final int MAX_CERTID_BYTES = 128;
    private static final Pattern HEX = Pattern.compile("([0-9A-Fa-f]{2})+");

    @Override
    public Reply handle(CommandContext ctx) {
        String asked = ctx.arg(3);
        if (asked.isEmpty()) {
            return Reply.text("");
        }
        if (!ctx.profile().tlsCli().ocspResponsesByPath()) {
            return Reply.error(asked.length() > MAX_CERTID_BYTES * 2
                    ? "'show ssl ocsp-response' received a too big key.\n"
                    : "Certificate ID does not match any certificate.\n");
        }
        boolean formatted = asked.equals("text") || asked.equals("base64");
        String id = formatted ? ctx.arg(4) : asked;
        if (formatted && id.isEmpty()) {
            return Reply.error("'show ssl ocsp-response [text|base64]' expects a valid certid.\n");
        }
        if (id.length() <= MAX_CERTID_BYTES * 2 && HEX.matcher(id).matches()) {
            return Reply.error("Certificate ID or path does not match any certificate.\n");
        }
        // a path: a certificate without an OCSP response has no ID to look for
        return Reply.error("'show ssl ocsp-response' expects a valid certid or certificate path.\n");
    }
}
