package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.tls.CaFileStore;
import io.hapsim.simulator.state.tls.CaFileTransaction;
import java.util.Optional;

/** {@code commit ssl ca-file <file>}: rebuilds each certificate instance that checks clients against it (a dot each). */
final class CommitSslCaFileCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        String path = ctx.arg(3);
        if (path.isEmpty()) {
            return Reply.error(CaFileMessages.usage(ctx.profile().tlsCli(), "commit ssl ca-file", "a filename"));
        }
        String cantCommit = "Can't commit " + path + "!\n";
        CaFileStore store = ctx.runtime().caFiles();
        synchronized (store) {
            Optional<CaFileTransaction> ongoing = store.transaction();
            if (ongoing.isEmpty()) {
                return Reply.error("No ongoing transaction! !\n" + cantCommit);
            }
            if (!ongoing.get().path().equals(path)) {
                return Reply.error(CertificateTransactions.otherFile(ongoing.get().path(), path) + cantCommit);
            }
            int instances = store.find(path).orElseThrow().instances();
            store.commit();
            return Reply.text("Committing " + path + ".".repeat(instances) + "\nSuccess!\n");
        }
    }
}
