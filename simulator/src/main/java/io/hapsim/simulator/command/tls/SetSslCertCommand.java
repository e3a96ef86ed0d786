package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.tls.CertificateParts;
import io.hapsim.simulator.state.tls.CertificateStore;
import io.hapsim.simulator.state.tls.CertificateTransaction;
import io.hapsim.simulator.state.tls.PemException;
import io.hapsim.simulator.state.tls.PemParts;
import io.hapsim.simulator.state.tls.StoredCertificate;
import io.hapsim.simulator.version.TlsCli;
import java.util.List;
import java.util.Optional;

/**
 * {@code set ssl cert <file> <<}: starts or updates the transaction with a payload. A PEM payload replaces the
 * certificate, its chain and its key (none if it has none); {@code <file>.key} replaces the key alone, and
 * {@code <file>.crt} names the file without its extension, as HAProxy reads it. The builds measured load no
 * {@code <file>.sctl}; OCSP responses ({@code .ocsp}, {@code .issuer}) are not simulated, and said so. The payload is
 * what the CLI read up to its first empty line: a PEM with an empty line between its blocks loses what followed.
 */
final class SetSslCertCommand implements CommandHandler {

    /** The parts a payload may replace alone, named by a suffix of the file; {@code crt} is the whole PEM. */
    private static final List<String> PARTS = List.of("crt", "key", "ocsp", "issuer", "sctl");
    /** OpenSSL 3's error for a key it cannot decode, which 3.4 appends (measured on 3.4.7). */
    private static final String KEY_DECODER_ERROR = " (error:1E08010C:DECODER routines::unsupported)";

    @Override
    public Reply handle(CommandContext ctx) {
        TlsCli tls = ctx.profile().tlsCli();
        String target = ctx.arg(3);
        if (target.isEmpty() || ctx.payload() == null) {
            return Reply.error((tls.usagesQuoted() ? "'set ssl cert'" : "'set ssl cert")
                    + " expects a filename and a certificate as a payload\n");
        }
        String part = PARTS.stream().filter(suffix -> target.endsWith("." + suffix)).findFirst().orElse("");
        boolean keyOnly = part.equals("key");
        String path = part.isEmpty() ? target : target.substring(0, target.length() - part.length() - 1);
        String cantUpdate = "Can't update " + target + "!\n";
        CertificateStore store = ctx.runtime().certificates();
        synchronized (store) {
            Optional<CertificateTransaction> ongoing = store.transaction();
            CertificateParts base;
            String storePath;
            boolean keepsOcsp = tls.transactionsKeepOcsp();
            if (ongoing.isPresent()) {
                storePath = ongoing.get().path();
                if (!storePath.equals(path) && !tls.otherFileJoinsTransaction()) {
                    return Reply.error(CertificateTransactions.otherFile(storePath, path) + cantUpdate);
                }
                base = ongoing.get().pending();
                keepsOcsp = ongoing.get().keepsOcsp();
            } else {
                Optional<StoredCertificate> stored = store.find(path);
                if (stored.isEmpty()) {
                    return Reply.error(
                            "Can't replace a certificate which is not referenced by the configuration!\n" + cantUpdate);
                }
                storePath = path;
                base = stored.get().parts();
            }
            if (part.equals("sctl")) {
                // these builds load no timestamps: every payload is refused, well formed or not (measured)
                return Reply.error("Can't load the payload\n" + cantUpdate);
            }
            if (part.equals("ocsp") || part.equals("issuer")) {
                return Reply.error("hapsim does not simulate OCSP responses and their issuers ('set ssl cert "
                        + target + "').\n");
            }
            CertificateParts changed;
            try {
                changed = keyOnly ? base.withKey(PemParts.key(ctx.payload()))
                        : PemParts.certificate(ctx.payload(), tls.base64EndsChain());
            } catch (PemException e) {
                return Reply.error(loadError(e, path, tls) + "Can't load the payload\n" + cantUpdate);
            }
            store.stage(storePath, changed, keepsOcsp && keyOnly);
            return Reply.notice("Transaction " + (ongoing.isPresent() ? "updated" : "created") + " for certificate "
                    + storePath + "!\n");
        }
    }

    private static String loadError(PemException e, String path, TlsCli tls) {
        String file = " from file '" + path + "'";
        return switch (e.part()) {
            case CERTIFICATE -> "unable to load certificate" + file
                    + (tls.loadErrorsGiveReason() ? ": " + e.reason() : "") + ".\n";
            case CHAIN -> "unable to load certificate chain" + file
                    + (tls.loadErrorsGiveReason() ? ": " + e.reason() + "\n" : ".\n");
            case KEY -> "unable to load private key" + file + (tls.keyErrorsGiveOpenSslError() ? KEY_DECODER_ERROR : "")
                    + ".\n";
        };
    }
}
