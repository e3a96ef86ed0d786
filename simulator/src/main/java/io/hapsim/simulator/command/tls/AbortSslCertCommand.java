package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.tls.CertificateStore;
import io.hapsim.simulator.state.tls.CertificateTransaction;
import java.util.Optional;

/** {@code abort ssl cert <file>}: drops the ongoing transaction, which must be that file's. */
final class AbortSslCertCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        String name = ctx.arg(3);
        if (name.isEmpty()) {
            return Reply.error("'abort ssl cert' expects a filename\n");
        }
        CertificateStore store = ctx.runtime().certificates();
        synchronized (store) {
            Optional<CertificateTransaction> ongoing = store.transaction();
            if (ongoing.isEmpty()) {
                return Reply.error("No ongoing transaction!\n");
            }
            if (!ongoing.get().path().equals(name)) {
                return Reply.error("The ongoing transaction is about '" + ongoing.get().path()
                        + "' but you are trying to abort a transaction for '" + name + "'\n");
            }
            store.abort();
        }
        return Reply.notice("Transaction aborted for certificate '" + name + "'!\n");
    }
}
