package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;

/** {@code new ssl cert|ca-file|crl-file <file>}: an empty file, to fill with {@code set} and commit. */
final class NewSslFileCommand implements CommandHandler {

    private final TlsFileKind kind;

    NewSslFileCommand(TlsFileKind kind) {
        this.kind = kind;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        String name = ctx.arg(3);
        if (name.isEmpty()) {
            return Reply.error("'new ssl " + kind.keyword() + "' expects a filename\n");
        }
        if (!kind.store().apply(ctx.runtime()).create(name)) {
            return Reply.error(kind.capitalNoun() + " '" + name + "' already exists!\n");
        }
        return Reply.notice(kind.created().formatted(name));
    }
}
