package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.session.AccessLevel;

/** {@code show ssl jwt} (3.3+): the certificates marked for JWT verification. */
final class ShowSslJwtCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        if (!ctx.session().level().atLeast(AccessLevel.OPERATOR)) {
            return Reply.error(CertificateTransactions.BELOW_LEVEL);
        }
        StringBuilder out = new StringBuilder("# filename\n");
        ctx.runtime().certificates().jwtCertificates().forEach(name -> out.append(name).append('\n'));
        return Reply.text(out.toString());
    }
}
