package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.tls.OcspCertificateId;
import io.hapsim.simulator.state.tls.OcspStapling;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code show ssl ocsp-response [[text|base64] <certid|path>]}: the stapled responses by certificate ID (2.8+ with
 * their certificate's path), or one of them. 2.8+ take a certificate's path and a format; before, any argument is a
 * certificate ID. A response comes out in base64; hapsim does not print OpenSSL's text of one.
 */
final class ShowSslOcspResponseCommand implements CommandHandler {

    private static final Pattern HEX = Pattern.compile("([0-9A-Fa-f]{2})+");

    @Override
    public Reply handle(CommandContext ctx) {
        OcspStapling stapling = ctx.runtime().ocspStapling();
        boolean byPath = ctx.profile().tlsCli().ocspResponsesByPath();
        String asked = ctx.arg(3);
        if (asked.isEmpty()) {
            return Reply.text(listing(stapling, byPath));
        }
        if (!byPath) {
            if (asked.length() > OcspCertificateId.MAX_BYTES * 2) {
                return Reply.error("'show ssl ocsp-response' received a too big key.\n");
            }
            return detail(ctx, byId(stapling, asked), false, "Certificate ID does not match any certificate.\n");
        }
        boolean base64 = asked.equals("base64");
        boolean formatted = base64 || asked.equals("text");
        String id = formatted ? ctx.arg(4) : asked;
        if (formatted && id.isEmpty()) {
            return Reply.error("'show ssl ocsp-response [text|base64]' expects a valid certid.\n");
        }
        Optional<OcspStapling.Stapled> stapled;
        if (id.length() <= OcspCertificateId.MAX_BYTES * 2 && HEX.matcher(id).matches()) {
            stapled = byId(stapling, id);
        } else {
            // a path: the ID its certificate was stapled with, if it was
            Optional<OcspCertificateId> stapledWith = ctx.runtime().certificates().find(id)
                    .map(certificate -> certificate.parts().ocsp().certificateId());
            if (stapledWith.isEmpty()) {
                return Reply.error("'show ssl ocsp-response' expects a valid certid or certificate path.\n");
            }
            stapled = stapling.find(stapledWith.get());
        }
        return detail(ctx, stapled, base64, "Certificate ID or path does not match any certificate.\n");
    }

    private static Optional<OcspStapling.Stapled> byId(OcspStapling stapling, String hex) {
        return HEX.matcher(hex).matches()
                ? stapling.find(new OcspCertificateId(HexFormat.of().parseHex(hex))) : Optional.empty();
    }

    /** A response found, in base64 or as text; showing it alone takes the reference some versions never give back. */
    private static Reply detail(CommandContext ctx, Optional<OcspStapling.Stapled> stapled, boolean base64,
            String notFound) {
        if (stapled.isEmpty()) {
            return Reply.error(notFound);
        }
        ctx.runtime().ocspStapling().shown(stapled.get().id());
        byte[] response = stapled.get().response();
        return Reply.text(base64 ? Base64.getEncoder().encodeToString(response)
                : OcspResponseText.answer(response, ctx.runtime().bufferSize(), ctx.profile().tlsCli()));
    }

    private static String listing(OcspStapling stapling, boolean withPaths) {
        StringBuilder out = new StringBuilder();
        for (OcspStapling.Stapled stapled : stapling.all()) {
            if (out.isEmpty()) {
                out.append("# Certificate IDs\n");
            }
            out.append("Certificate ID key : ").append(stapled.id().key()).append('\n');
            if (withPaths) {
                out.append("Certificate path : ").append(stapled.certificate()).append('\n');
            }
            OcspCertificateId.Fields fields = stapled.id().fields();
            // OpenSSL's printer of a certificate ID, as a response's text prints it too
            out.append(" Certificate ID:\n   Issuer Name Hash: ").append(OpenSslHex.plain(fields.issuerNameHash()))
                    .append("\n   Issuer Key Hash: ").append(OpenSslHex.plain(fields.issuerKeyHash()))
                    .append("\n   Serial Number: ").append(CertificateText.hex(fields.serial())).append('\n');
        }
        return out.toString();
    }
}
