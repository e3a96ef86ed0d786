package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.tls.CaFile;
import io.hapsim.simulator.state.tls.CaFileStore;
import io.hapsim.simulator.state.tls.CaFileTransaction;
import io.hapsim.simulator.state.tls.PemException;
import io.hapsim.simulator.state.tls.PemParts;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * {@code set ssl ca-file <file> <<}: starts or updates the transaction with the payload's certificates, in place of
 * the file's; {@code add ssl ca-file <file> <<} (3.0+) adds them to what the file or the transaction holds.
 */
final class SetSslCaFileCommand implements CommandHandler {

    private final boolean adds;

    SetSslCaFileCommand(boolean adds) {
        this.adds = adds;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        String path = ctx.arg(3);
        if (path.isEmpty() || ctx.payload() == null) {
            return Reply.error(CaFileMessages.usage(ctx.profile().tlsCli(), "set ssl ca-file",
                    "a filename and CAs as a payload"));
        }
        String cantUpdate = "Can't update " + path + "!\n";
        CaFileStore store = ctx.runtime().caFiles();
        synchronized (store) {
            Optional<CaFileTransaction> ongoing = store.transaction();
            if (ongoing.isPresent() && !ongoing.get().path().equals(path)) {
                return Reply.error(CertificateTransactions.otherFile(ongoing.get().path(), path) + cantUpdate);
            }
            Optional<CaFile> file = store.find(path);
            if (file.isEmpty()) {
                return Reply.error("Can't replace a CA file which is not referenced by the configuration!\n"
                        + cantUpdate);
            }
            List<X509Certificate> base = ongoing.map(CaFileTransaction::pending)
                    .orElse(file.get().empty() ? List.of() : file.get().certificates());
            List<X509Certificate> pending;
            try {
                pending = store.adding(adds ? base : List.of(), PemParts.authorities(ctx.payload()));
            } catch (PemException e) {
                return Reply.error("Invalid payload\n" + cantUpdate);
            }
            store.stage(path, pending);
            return Reply.notice("transaction " + (ongoing.isPresent() ? "updated" : "created") + " for CA " + path
                    + "!\n");
        }
    }
}
