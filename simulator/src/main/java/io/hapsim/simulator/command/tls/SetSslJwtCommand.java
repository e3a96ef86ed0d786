package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.session.AccessLevel;

/**
 * {@code add ssl jwt <file>} and {@code del ssl jwt <file>} (3.3+): mark a certificate for JWT verification, or no
 * longer, without a word. Below admin level the answer is HAProxy's odd {@code Can't allocate memory!}; the usage
 * says {@code ssl cert}, as HAProxy's does.
 */
final class SetSslJwtCommand implements CommandHandler {

    private final boolean used;

    SetSslJwtCommand(boolean used) {
        this.used = used;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        if (!ctx.session().level().atLeast(AccessLevel.ADMIN)) {
            return Reply.error(CertificateTransactions.BELOW_LEVEL);
        }
        String name = ctx.arg(3);
        if (name.isEmpty()) {
            return Reply.error("'" + ctx.arg(0) + " ssl cert' expects a filename\n");
        }
        if (!ctx.runtime().certificates().useForJwt(name, used)) {
            return Reply.error(CertificateTransactions.NOT_FOUND);
        }
        return Reply.EMPTY;
    }
}
