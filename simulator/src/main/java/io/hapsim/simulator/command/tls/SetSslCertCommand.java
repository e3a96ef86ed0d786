package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.tls.CertificateParts;
import io.hapsim.simulator.state.tls.CertificateStore;
import io.hapsim.simulator.state.tls.CertificateTransaction;
import io.hapsim.simulator.state.tls.HaproxyBase64;
import io.hapsim.simulator.state.tls.PemException;
import io.hapsim.simulator.state.tls.PemParts;
import io.hapsim.simulator.state.tls.StoredCertificate;
import io.hapsim.simulator.version.TlsCli;
import java.util.List;
import java.util.Optional;

/**
 * {@code set ssl cert <file> <<}: starts or updates the transaction with a payload. A PEM payload replaces the
 * certificate, its chain and its key (none if it has none), and drops what the store had for OCSP; {@code <file>.key}
 * replaces the key alone, {@code <file>.ocsp} the OCSP response (in base64), {@code <file>.issuer} the issuer of
 * the certificate for OCSP, and {@code <file>.crt} names the file without its extension, as HAProxy reads it. The
 * builds measured load no {@code <file>.sctl}. The payload is what the CLI read up to its first empty line: a PEM
 * with an empty line between its blocks loses what followed.
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
        String path = part.isEmpty() ? target : target.substring(0, target.length() - part.length() - 1);
        String cantUpdate = "Can't update " + target + "!\n";
        CertificateStore store = ctx.runtime().certificates();
        synchronized (store) {
            Optional<CertificateTransaction> ongoing = store.transaction();
            CertificateParts base;
            String storePath;
            if (ongoing.isPresent()) {
                storePath = ongoing.get().path();
                if (!storePath.equals(path) && !tls.otherFileJoinsTransaction()) {
                    return Reply.error(CertificateTransactions.otherFile(storePath, path) + cantUpdate);
                }
                base = ongoing.get().pending();
            } else {
                Optional<StoredCertificate> stored = store.find(path);
                if (stored.isEmpty()) {
                    return Reply.error(
                            "Can't replace a certificate which is not referenced by the configuration!\n" + cantUpdate);
                }
                storePath = path;
                base = stored.get().parts();
            }
            CertificateParts changed;
            try {
                changed = changed(base, part, path, ctx.payload(), tls);
            } catch (Refusal e) {
                return Reply.error(e.getMessage() + "Can't load the payload\n" + cantUpdate);
            }
            store.stage(storePath, changed);
            return Reply.notice("Transaction " + (ongoing.isPresent() ? "updated" : "created") + " for certificate "
                    + storePath + "!\n");
        }
    }

    /** Why a payload is refused, in HAProxy's words (before it says it could not load it). */
    private static final class Refusal extends Exception {

        Refusal(String message) {
            super(message, null, false, false);
        }
    }

    /** What a payload for {@code part} of the store {@code path} makes of {@code base}. */
    private static CertificateParts changed(CertificateParts base, String part, String path, String payload,
            TlsCli tls) throws Refusal {
        try {
            return switch (part) {
                case "key" -> base.withKey(PemParts.key(payload));
                case "ocsp" -> base.withOcsp(base.ocsp().withResponse(
                        HaproxyBase64.decode(payload.replace("\r", "").replace("\n", ""))
                                .orElseThrow(() -> new Refusal("Error reading OCSP response in base64 format"))));
                case "issuer" -> base.withOcsp(base.ocsp().withIssuer(PemParts.issuer(payload)));
                // these builds load no timestamps: every payload is refused, well formed or not (measured)
                case "sctl" -> throw new Refusal("");
                default -> PemParts.certificate(payload, tls.base64EndsChain());
            };
        } catch (PemException e) {
            throw new Refusal(part.equals("issuer") ? "'" + path + "' cannot be read or parsed'.\n"
                    : loadError(e, path, tls));
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
