package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.MessageContext;
import io.hapsim.simulator.state.tls.CertificateParts;
import io.hapsim.simulator.state.tls.CertificateStore;
import io.hapsim.simulator.state.tls.CertificateTransaction;
import io.hapsim.simulator.state.tls.NegativeFilterWarning;
import io.hapsim.simulator.state.tls.OcspStapling;
import io.hapsim.simulator.state.tls.StoredCertificate;
import io.hapsim.simulator.version.TlsCli;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code commit ssl cert <file>}: checks the transaction, then rebuilds each {@code bind} line that serves the
 * certificate (a dot each) and makes the new one live, stapling its OCSP response ({@link OcspStapling}); 3.0+
 * then answer what the rebuild warned of: an OCSP response ignored, and (3.2+) what filing its crt-list lines again
 * warned of ({@link NegativeFilterWarning}). 3.3+ let a certificate without a key through the checks, and the first
 * rebuild fails it, as a response without an issuer fails it; the transaction ends either way.
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
            TlsCli tls = ctx.profile().tlsCli();
            StringBuilder out = new StringBuilder("Committing ").append(name);
            if (pending.key() == null && certificate.used()) {
                store.abort();
                return Reply.text(failed(out, tls, "unable to load SSL private key into SSL Context '" + name
                        + "': passed a null parameter.\n"));
            }
            CertificateParts committed = pending;
            List<String> warnings = new ArrayList<>();
            for (int i = 0; i < certificate.instances(); i++) {
                // each rebuilt instance staples: 2.8+ consume the response at the first, 2.4 and 2.6 warn at each
                OcspStapling.Load stapled = ctx.runtime().ocspStapling().staple(name, committed, Instant.now());
                if (stapled.failed()) {
                    store.abort();
                    return Reply.text(failed(out, tls, OcspStapling.withoutIssuer(name)));
                }
                committed = stapled.parts();
                stapled.warning().ifPresent(warnings::add);
            }
            out.append(".".repeat(certificate.instances())).append('\n');
            store.commit(committed);
            if (tls.warnsOfNegativeFilters()) {
                warnings.addAll(NegativeFilterWarning.rebuilding(ctx.runtime().servingBinds(),
                        ctx.runtime().crtLists(), name));
            }
            // what the rebuild warns of is logged; 3.0+ log it under "CLI" and also answer it
            MessageContext context = ctx.session().messageContext();
            if (tls.commitAnswersWarnings()) {
                context.set("CLI");
            }
            warnings.forEach(ctx.runtime().log()::warning);
            if (tls.commitAnswersWarnings()) {
                warnings.forEach(out::append);
                context.clear();
            }
            return Reply.text(out.append("Success!\n").toString());
        }
    }

    /** A commit that failed rebuilding the first {@code bind} line that serves the certificate, for {@code reason}. */
    private static String failed(StringBuilder out, TlsCli tls, String reason) {
        return out.append(tls.commitDotsFollowRebuild() ? "" : ".").append('\n').append(reason).append("Failed!\n")
                .toString();
    }
}
