package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.tls.TlsFileStore;

/**
 * {@code del ssl cert|ca-file|crl-file <file>}: removes a file no certificate instance uses and no transaction
 * changes. Two of its refusals end with two line feeds, which 2.x writes as they are. (2.6's source does not check a
 * CA or CRL file's transaction, which would leave it changing a file that is gone; hapsim refuses as 3.0+ do.)
 */
final class DelSslFileCommand implements CommandHandler {

    private final TlsFileKind kind;

    DelSslFileCommand(TlsFileKind kind) {
        this.kind = kind;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        String name = ctx.arg(3);
        if (name.isEmpty()) {
            return Reply.error("'del ssl " + kind.keyword() + "' expects " + kind.usageNoun() + "\n");
        }
        String refused = "Can't remove the " + kind.noun() + ": ";
        String file = kind.noun() + " '" + name + "'";
        TlsFileStore store = kind.store().apply(ctx.runtime());
        synchronized (store) {
            if (store.transactionPath().filter(name::equals).isPresent()) {
                return Reply.error(refused + "ongoing transaction for the " + file + "\n");
            }
            if (!store.exists(name)) {
                boolean sibling = kind.sibling() != null && kind.sibling().apply(ctx.runtime()).exists(name);
                return Reply.error(refused + (sibling ? kind.siblingRefusal() : file + " doesn't exist!\n") + "\n");
            }
            if (store.usedForJwt(name)) {
                return Reply.error(refused + file + " in use for JWT validation, can't be deleted!\n\n");
            }
            if (store.used(name)) {
                return Reply.error(refused + file + " in use, can't be deleted!\n\n");
            }
            store.delete(name);
        }
        if (kind == TlsFileKind.CERTIFICATE) {
            // its stapled response goes with it
            ctx.runtime().ocspStapling().released(name);
        }
        return Reply.notice(kind.capitalNoun() + " '" + name + "' deleted!\n");
    }
}
