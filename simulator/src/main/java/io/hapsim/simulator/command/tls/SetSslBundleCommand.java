package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.tls.BundleFile;
import io.hapsim.simulator.state.tls.BundleStore;
import io.hapsim.simulator.state.tls.BundleTransaction;
import io.hapsim.simulator.state.tls.PemException;
import java.util.List;
import java.util.Optional;

/**
 * {@code set ssl ca-file|crl-file <file> <<}: starts or updates the transaction with the payload's items, in place of
 * the file's; {@code add ssl ca-file <file> <<} (3.0+) adds them to what the file or the transaction holds.
 */
final class SetSslBundleCommand<T> implements CommandHandler {

    private final BundleKind<T> kind;
    private final boolean adds;

    SetSslBundleCommand(BundleKind<T> kind, boolean adds) {
        this.kind = kind;
        this.adds = adds;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        String path = ctx.arg(3);
        if (path.isEmpty() || ctx.payload() == null) {
            return Reply.error(BundleKind.usage(ctx.profile(), "set ssl " + kind.file().keyword(),
                    "a filename and " + kind.payloadNoun() + " as a payload"));
        }
        String cantUpdate = "Can't update " + path + "!\n";
        BundleStore<T> store = kind.store().apply(ctx.runtime());
        synchronized (store) {
            Optional<BundleTransaction<T>> ongoing = store.transaction();
            if (ongoing.isPresent() && !ongoing.get().path().equals(path)) {
                return Reply.error(CertificateTransactions.otherFile(ongoing.get().path(), path) + cantUpdate);
            }
            Optional<BundleFile<T>> file = store.find(path);
            if (file.isEmpty()) {
                return Reply.error("Can't replace a " + kind.file().noun()
                        + " which is not referenced by the configuration!\n" + cantUpdate);
            }
            List<T> base = ongoing.map(BundleTransaction::pending)
                    .orElse(file.get().empty() ? List.of() : file.get().items());
            List<T> pending;
            try {
                pending = kind.adder().add(ctx.profile(), adds ? base : List.of(), kind.reader().read(ctx.payload()));
            } catch (PemException e) {
                return Reply.error("Invalid payload\n" + cantUpdate);
            }
            store.stage(path, pending);
            return Reply.notice("transaction " + (ongoing.isPresent() ? "updated" : "created") + " for "
                    + kind.transactionNoun() + " " + path + "!\n");
        }
    }
}
