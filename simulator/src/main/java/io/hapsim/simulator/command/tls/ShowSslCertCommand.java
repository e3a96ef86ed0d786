package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.state.tls.StoredCertificate;
import io.hapsim.simulator.version.TlsCli;
import java.util.Optional;

/**
 * {@code show ssl cert}: the certificate files loaded, by name; {@code show ssl cert <file>}: one's details, as each
 * version prints them. Below operator level the answer is HAProxy's odd {@code Can't allocate memory!}.
 */
final class ShowSslCertCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        if (!ctx.session().level().atLeast(AccessLevel.OPERATOR)) {
            return Reply.error("Can't allocate memory!\n");
        }
        if (ctx.arg(3).isEmpty()) {
            StringBuilder listing = new StringBuilder("# filename\n");
            ctx.runtime().certificates().all().forEach(certificate -> listing.append(certificate.name()).append('\n'));
            return Reply.text(listing.toString());
        }
        Optional<StoredCertificate> certificate = ctx.runtime().certificates().find(ctx.arg(3));
        if (certificate.isEmpty()) {
            return Reply.error("Can't display the certificate: Not found or the certificate is a bundle!\n");
        }
        return Reply.text(details(certificate.get(), ctx.profile().tlsCli()));
    }

    private static String details(StoredCertificate certificate, TlsCli tls) {
        String name = certificate.name();
        StringBuilder out = new StringBuilder("Filename: ").append(name).append('\n');
        if (tls.listsFiles()) {
            out.append("Crt filename: ").append(name).append('\n');
            out.append("Key filename: ").append(name).append('\n');
            out.append("OCSP filename: ").append(name).append(".ocsp\n");
            out.append("SCTL filename: ").append(name).append(".sctl\n");
        }
        if (tls.listsOptions()) {
            out.append("Option: ocsp-update off\nOption: jwt off\n");
        }
        out.append("Status: ").append(certificate.used() ? "Used" : "Unused").append('\n');
        out.append(CertificateText.details(certificate));
        // HAProxy names the OCSP response it would look for only once it has one
        out.append("OCSP Response Key: \n");
        return out.toString();
    }
}
