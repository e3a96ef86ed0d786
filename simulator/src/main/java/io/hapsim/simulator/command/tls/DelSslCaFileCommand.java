package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.tls.CaFile;
import io.hapsim.simulator.state.tls.CaFileStore;
import io.hapsim.simulator.state.tls.CaFileTransaction;
import java.util.Optional;

/**
 * {@code del ssl ca-file <file>}: removes a CA file no certificate instance uses and no transaction changes. (2.6's
 * source does not check the transaction, which would leave it changing a file that is gone; hapsim refuses as 3.0+
 * do.)
 */
final class DelSslCaFileCommand implements CommandHandler {

    private static final String REFUSED = "Can't remove the CA file: ";

    @Override
    public Reply handle(CommandContext ctx) {
        String path = ctx.arg(3);
        if (path.isEmpty()) {
            return Reply.error("'del ssl ca-file' expects a CA file name\n");
        }
        CaFileStore store = ctx.runtime().caFiles();
        synchronized (store) {
            if (store.transaction().map(CaFileTransaction::path).filter(path::equals).isPresent()) {
                return Reply.error(REFUSED + "ongoing transaction for the CA file '" + path + "'\n");
            }
            Optional<CaFile> file = store.find(path);
            if (file.isEmpty()) {
                return Reply.error(REFUSED + "CA file '" + path + "' doesn't exist!\n\n");
            }
            if (file.get().used()) {
                return Reply.error(REFUSED + "CA file '" + path + "' in use, can't be deleted!\n\n");
            }
            store.delete(path);
        }
        return Reply.notice("CA file '" + path + "' deleted!\n");
    }
}
