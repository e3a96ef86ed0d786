package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.tls.TlsFileStore;
import java.util.Optional;

/**
 * {@code abort ssl cert|ca-file|crl-file <file>}: drops the ongoing transaction, which must be that file's
 * (HAProxy's answer calls every kind a certificate).
 */
final class AbortSslTransactionCommand implements CommandHandler {

    private final TlsFileKind kind;

    AbortSslTransactionCommand(TlsFileKind kind) {
        this.kind = kind;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        String name = ctx.arg(3);
        if (name.isEmpty()) {
            return Reply.error("'abort ssl " + kind.keyword() + "' expects a filename\n");
        }
        TlsFileStore store = kind.store().apply(ctx.runtime());
        synchronized (store) {
            Optional<String> ongoing = store.transactionPath();
            if (ongoing.isEmpty()) {
                return Reply.error("No ongoing transaction!\n");
            }
            if (!ongoing.get().equals(name)) {
                return Reply.error("The ongoing transaction is about '" + ongoing.get()
                        + "' but you are trying to abort a transaction for '" + name + "'\n");
            }
            store.abort();
        }
        return Reply.notice("Transaction aborted for certificate '" + name + "'!\n");
    }
}
