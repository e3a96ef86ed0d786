package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.MessageContext;
import io.hapsim.simulator.state.tls.CertificateParts;
import io.hapsim.simulator.state.tls.CertificateStore;
import io.hapsim.simulator.state.tls.CertificateTransaction;
import io.hapsim.simulator.state.tls.NegativeFilterWarning;
import io.hapsim.simulator.state.tls.StoredCertificate;
import java.util.Optional;

/**
 * {@code commit ssl cert <file>}: checks the transaction, then rebuilds each {@code bind} line that serves the
 * certificate (a dot each) and makes the new one live; 3.2+ then answer what filing its crt-list lines again warned
 * of ({@link NegativeFilterWarning}). 3.3+ let a certificate without a key through the checks, and
 * the first rebuild fails it; the transaction ends either way.
 */
final class CommitSslCertCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        String name = ctx.arg(3);
        if (name.isEmpty()) {
            return Reply.error((ctx.profile().tlsCli().usagesQuoted() ? "'commit ssl cert'" : "'commit ssl cert")
                    + " expects a filename\n");
        }
        CertificateStore store = ctx.runtime().certificates();
        synchronized (store) {
            Optional<CertificateTransaction> ongoing = store.transaction();
            Optional<String> refusal =
                    CertificateTransactions.commitRefusal(ongoing.map(CertificateTransaction::path), name);
            if (refusal.isPresent()) {
                return Reply.error(refusal.get());
            }
            String cantCommit = "Can't commit " + name + "!\n";
            CertificateParts pending = ongoing.orElseThrow().pending();
            if (ctx.profile().tlsCli().commitNeedsKey() && !pending.empty() && pending.key() == null) {
                return Reply.error("The transaction must contain at least a certificate and a private key!\n"
                        + cantCommit);
            }
            if (pending.key() != null && !pending.keyMatchesLeaf()) {
                return Reply.error("inconsistencies between private key and certificate loaded '" + name + "'.\n"
                        + cantCommit);
            }
            StoredCertificate certificate = store.find(name).orElseThrow();
            StringBuilder out = new StringBuilder("Committing ").append(name);
            if (pending.key() == null && certificate.used()) {
                store.abort();
                return Reply.text(out.append("\nunable to load SSL private key into SSL Context '").append(name)
                        .append("': passed a null parameter.\nFailed!\n").toString());
            }
            out.append(".".repeat(certificate.instances())).append('\n');
            boolean keepsOcsp = ongoing.get().keepsOcsp();
            store.commit();
            if (!keepsOcsp) {
                // the new certificate comes without the OCSP response of the one it replaces
                ctx.runtime().ocspStapling().released(name, ctx.profile().tlsCli().shownOcspResponsesStay());
            }
            if (ctx.profile().tlsCli().warnsOfNegativeFilters()) {
                // what the rebuild warns of is logged under "CLI" and also answered
                MessageContext context = ctx.session().messageContext();
                context.set("CLI");
                for (String warning : NegativeFilterWarning.rebuilding(ctx.runtime().servingBinds(),
                        ctx.runtime().crtLists(), name)) {
                    ctx.runtime().log().warning(warning);
                    out.append(warning);
                }
                context.clear();
            }
            return Reply.text(out.append("Success!\n").toString());
        }
    }
}
