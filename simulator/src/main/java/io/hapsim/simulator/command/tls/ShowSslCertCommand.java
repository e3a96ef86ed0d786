package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.state.tls.CertificateParts;
import io.hapsim.simulator.state.tls.CertificateStore;
import io.hapsim.simulator.state.tls.CertificateTransaction;
import io.hapsim.simulator.state.tls.OcspCertificateId;
import io.hapsim.simulator.state.tls.OcspStapling;
import io.hapsim.simulator.state.tls.PartFiles;
import io.hapsim.simulator.state.tls.StoredCertificate;
import io.hapsim.simulator.version.TlsCli;
import java.util.Optional;

/**
 * {@code show ssl cert}: the ongoing transaction and the certificate files loaded, by name; {@code show ssl cert
 * <file>}: one's details, as each version prints them; {@code show ssl cert *<file>}: the transaction's certificate;
 * {@code show ssl cert [*]<file>.ocsp} (2.6+): its OCSP response.
 * Below operator level the answer is HAProxy's odd {@code Can't allocate memory!}.
 */
final class ShowSslCertCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        if (!ctx.session().level().atLeast(AccessLevel.OPERATOR)) {
            return Reply.error(CertificateTransactions.BELOW_LEVEL);
        }
        CertificateStore store = ctx.runtime().certificates();
        String name = ctx.arg(3);
        synchronized (store) {
            Optional<CertificateTransaction> ongoing = store.transaction();
            if (name.isEmpty()) {
                StringBuilder listing = new StringBuilder();
                ongoing.ifPresent(transaction -> listing.append("# transaction\n*").append(transaction.path())
                        .append('\n'));
                listing.append("# filename\n");
                store.all().forEach(certificate -> listing.append(certificate.name()).append('\n'));
                return Reply.text(listing.toString());
            }
            TlsCli tls = ctx.profile().tlsCli();
            if (tls.showsCertificateOcsp() && name.endsWith(".ocsp")) {
                return ocsp(ctx, store, name.substring(0, name.length() - ".ocsp".length()));
            }
            boolean jwt = store.usedForJwt(name.startsWith("*") ? name.substring(1) : name);
            if (name.startsWith("*")) {
                Optional<CertificateTransaction> shown = ongoing.filter(t -> t.path().equals(name.substring(1)));
                if (shown.isEmpty()) {
                    return Reply.error(CertificateTransactions.NOT_FOUND);
                }
                StoredCertificate committed = store.find(shown.get().path()).orElseThrow();
                CertificateParts pending = shown.get().pending();
                String status = pending.empty() ? "Empty" : tls.showsUncommitted() ? "Uncommitted" : "Unused";
                return Reply.text(details(name, committed.files(), status, pending, jwt, ocspKey(ctx, pending), tls));
            }
            Optional<StoredCertificate> certificate = store.find(name);
            if (certificate.isEmpty()) {
                return Reply.error(CertificateTransactions.NOT_FOUND);
            }
            StoredCertificate shown = certificate.get();
            String status = shown.parts().empty() ? "Empty" : jwt ? "Used for JWT verification"
                    : shown.used() ? "Used" : "Unused";
            return Reply.text(details(name, shown.files(), status, shown.parts(), jwt, ocspKey(ctx, shown.parts()),
                    tls));
        }
    }

    /** The ID a certificate's OCSP response is filed under, as its details show it; empty when it has none. */
    private static String ocspKey(CommandContext ctx, CertificateParts parts) {
        return ctx.runtime().ocspStapling().idShown(parts).map(OcspCertificateId::key).orElse("");
    }

    /**
     * {@code show ssl cert [*]<file>.ocsp}: the text of the OCSP response a transaction carries, or else of the one
     * filed under the certificate's ID; nothing when there is none.
     */
    private static Reply ocsp(CommandContext ctx, CertificateStore store, String name) {
        boolean transaction = name.startsWith("*");
        String path = transaction ? name.substring(1) : name;
        Optional<CertificateParts> parts = transaction
                ? store.transaction().filter(t -> t.path().equals(path)).map(CertificateTransaction::pending)
                : store.find(path).map(StoredCertificate::parts);
        if (parts.isEmpty()) {
            return Reply.error(CertificateTransactions.NOT_FOUND);
        }
        OcspStapling stapling = ctx.runtime().ocspStapling();
        byte[] carried = parts.get().ocsp().response();
        byte[] response = transaction && carried != null ? carried : stapling.idShown(parts.get())
                .flatMap(stapling::find).map(OcspStapling.Stapled::response).orElse(new byte[0]);
        return Reply.text(OcspResponseText.answer(response, ctx.runtime().bufferSize(), ctx.profile().tlsCli()));
    }

    /**
     * {@code files} is null for a certificate {@code new ssl cert} made, which names none; {@code jwt} says
     * whether it is marked for JWT verification (3.3+ print it); {@code ocspKey} is the ID its stapled OCSP response
     * is filed under, empty when it has none.
     */
    private static String details(String shownName, PartFiles files, String status, CertificateParts parts,
            boolean jwt, String ocspKey, TlsCli tls) {
        StringBuilder out = new StringBuilder("Filename: ").append(shownName).append('\n');
        if (tls.listsFiles() && files != null) {
            named(out, "Crt filename: ", files.crt());
            named(out, "Key filename: ", files.key());
            named(out, "OCSP filename: ", files.ocsp());
            named(out, "OCSP Issuer filename: ", files.issuer());
            named(out, "SCTL filename: ", files.sctl());
        }
        if (tls.listsOptions()) {
            out.append("Option: ocsp-update off\nOption: jwt ").append(jwt ? "on" : "off").append('\n');
        }
        out.append("Status: ").append(status).append('\n');
        if (!parts.empty()) {
            out.append(CertificateText.details(parts));
        }
        out.append("OCSP Response Key: ").append(ocspKey).append('\n');
        return out.toString();
    }

    private static void named(StringBuilder out, String label, String file) {
        if (file != null) {
            out.append(label).append(file).append('\n');
        }
    }
}
