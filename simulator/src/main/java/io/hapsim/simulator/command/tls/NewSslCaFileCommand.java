package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;

/** {@code new ssl ca-file <file>}: an empty CA file, to fill with {@code set ssl ca-file} and commit. */
final class NewSslCaFileCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        String path = ctx.arg(3);
        if (path.isEmpty()) {
            return Reply.error("'new ssl ca-file' expects a filename\n");
        }
        if (!ctx.runtime().caFiles().create(path)) {
            return Reply.error("CA file '" + path + "' already exists!\n");
        }
        return Reply.notice("New CA file created '" + path + "'!\n");
    }
}
