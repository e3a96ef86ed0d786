package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.tls.CaFileStore;
import io.hapsim.simulator.state.tls.CaFileTransaction;
import java.util.Optional;

/** {@code abort ssl ca-file <file>}: drops the ongoing CA transaction (HAProxy's answer calls it a certificate's). */
final class AbortSslCaFileCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        String path = ctx.arg(3);
        if (path.isEmpty()) {
            return Reply.error("'abort ssl ca-file' expects a filename\n");
        }
        CaFileStore store = ctx.runtime().caFiles();
        synchronized (store) {
            Optional<CaFileTransaction> ongoing = store.transaction();
            if (ongoing.isEmpty()) {
                return Reply.error("No ongoing transaction!\n");
            }
            if (!ongoing.get().path().equals(path)) {
                return Reply.error("The ongoing transaction is about '" + ongoing.get().path()
                        + "' but you are trying to abort a transaction for '" + path + "'\n");
            }
            store.abort();
        }
        return Reply.notice("Transaction aborted for certificate '" + path + "'!\n");
    }
}
