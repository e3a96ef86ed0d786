package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.tls.CertificateStore;
import io.hapsim.simulator.state.tls.CertificateTransaction;
import io.hapsim.simulator.state.tls.StoredCertificate;
import java.util.Optional;

/**
 * {@code del ssl cert <file>}: removes a certificate no {@code bind} line serves and no transaction changes. Two of
 * its refusals end with two line feeds, which 2.x writes as they are.
 */
final class DelSslCertCommand implements CommandHandler {

    private static final String REFUSED = "Can't remove the certificate: ";

    @Override
    public Reply handle(CommandContext ctx) {
        String name = ctx.arg(3);
        if (name.isEmpty()) {
            return Reply.error("'del ssl cert' expects a certificate name\n");
        }
        CertificateStore store = ctx.runtime().certificates();
        synchronized (store) {
            if (store.transaction().map(CertificateTransaction::path).filter(name::equals).isPresent()) {
                return Reply.error(REFUSED + "ongoing transaction for the certificate '" + name + "'\n");
            }
            Optional<StoredCertificate> certificate = store.find(name);
            if (certificate.isEmpty()) {
                return Reply.error(REFUSED + "certificate '" + name + "' doesn't exist!\n\n");
            }
            if (certificate.get().used()) {
                return Reply.error(REFUSED + "certificate '" + name + "' in use, can't be deleted!\n\n");
            }
            store.delete(name);
        }
        return Reply.notice("Certificate '" + name + "' deleted!\n");
    }
}
