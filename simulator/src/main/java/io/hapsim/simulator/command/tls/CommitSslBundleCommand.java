package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.tls.BundleStore;
import io.hapsim.simulator.state.tls.BundleTransaction;
import java.util.Optional;

/**
 * {@code commit ssl ca-file|crl-file <file>}: rebuilds each certificate instance that checks clients against the file
 * (a dot each). Both kinds' usage says {@code ca-file}, as HAProxy's does.
 */
final class CommitSslBundleCommand<T> implements CommandHandler {

    private final BundleKind<T> kind;

    CommitSslBundleCommand(BundleKind<T> kind) {
        this.kind = kind;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        String path = ctx.arg(3);
        if (path.isEmpty()) {
            return Reply.error(BundleKind.usage(ctx.profile(), "commit ssl ca-file", "a filename"));
        }
        BundleStore<T> store = kind.store().apply(ctx.runtime());
        synchronized (store) {
            Optional<String> refusal =
                    CertificateTransactions.commitRefusal(store.transaction().map(BundleTransaction::path), path);
            if (refusal.isPresent()) {
                return Reply.error(refusal.get());
            }
            int rebuilt = store.commit();
            if (ctx.profile().tlsCli().bundleCommitUnlinks()) {
                ctx.runtime().certificates().unlinkInstancesUsing(path);
            }
            return Reply.text("Committing " + path + ".".repeat(rebuilt) + "\nSuccess!\n");
        }
    }
}
