package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.tls.CertificateStore;
import io.hapsim.simulator.state.tls.CrtList;
import io.hapsim.simulator.state.tls.CrtListStore;
import io.hapsim.simulator.state.tls.NegativeFilterWarning;
import io.hapsim.simulator.state.tls.OcspStapling;
import io.hapsim.simulator.state.tls.StoredCertificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code add ssl crt-list <list> <certificate>}, or {@code add ssl crt-list <list> <<} and one line of the list's
 * format (options and filters): a certificate HAProxy already holds, added after the list's last line, an instance
 * on each {@code bind} line that serves the list (a dot each). The argument form takes the certificate alone; the
 * words after it are not read (measured on 2.6 to 3.4). Each instance staples the certificate's OCSP response; one
 * without an issuer fails the addition. 3.2+ log what filing the line warns of, without answering it.
 */
final class AddSslCrtListCommand implements CommandHandler {

    private static final String REFUSED = "Can't edit the crt-list: ";

    @Override
    public Reply handle(CommandContext ctx) {
        String name = ctx.arg(3);
        String payload = ctx.payload() == null ? null : ctx.payload().strip();
        if (name.isEmpty() || (payload == null && ctx.arg(4).isEmpty())) {
            return Reply.error("'add ssl crtlist' expects a filename and a certificate name\n");
        }
        String path = CrtListStore.listPath(name);
        CrtListStore lists = ctx.runtime().crtLists();
        CertificateStore certificates = ctx.runtime().certificates();
        synchronized (lists) {
            if (lists.find(path).isEmpty()) {
                return Reply.error(REFUSED + "crt-list '" + path + "' does not exist!\n");
            }
            if (payload != null && payload.contains("\n")) {
                return Reply.error(REFUSED + "only one line of payload is supported!\n");
            }
            if (payload != null && payload.isEmpty()) {
                return Reply.error(REFUSED + "'add ssl crtlist' should contain the certificate name in the payload\n");
            }
            CrtList.Entry entry = payload != null ? lists.parse(payload)
                    : new CrtList.Entry(lists.certificatePath(ctx.arg(4)), 0, null, List.of());
            Optional<StoredCertificate> certificate = certificates.find(entry.certificate());
            if (certificate.isEmpty()) {
                return Reply.error(REFUSED + "certificate '" + entry.certificate() + "' does not exist!\n");
            }
            if (certificate.get().parts().empty()) {
                return Reply.error(REFUSED + "certificate '" + entry.certificate() + "' is empty!\n");
            }
            String inserting = "Inserting certificate '" + entry.certificate() + "' in crt-list '" + path + "'";
            int instances = lists.find(path).orElseThrow().binds();
            for (int i = 0; i < instances; i++) {
                // each new instance staples the certificate's OCSP response, as a commit's do
                OcspStapling.Load stapled = ctx.runtime().ocspStapling().staple(entry.certificate(),
                        certificates.find(entry.certificate()).orElseThrow().parts(), Instant.now());
                if (stapled.failed()) {
                    return Reply.text(inserting + ".\n" + OcspStapling.withoutIssuer(entry.certificate())
                            + "Failed!\n");
                }
                certificates.stapled(entry.certificate(), stapled.parts());
                stapled.warning().ifPresent(ctx.runtime().log()::warning);
            }
            CrtList list = lists.add(path, entry);
            certificates.serve(entry.certificate(), list.binds());
            if (ctx.profile().tlsCli().warnsOfNegativeFilters()) {
                NegativeFilterWarning.filing(ctx.runtime().servingBinds(), path, entry)
                        .forEach(ctx.runtime().log()::warning);
            }
            return Reply.text(inserting + ".".repeat(list.binds()) + "\nSuccess!\n");
        }
    }
}
