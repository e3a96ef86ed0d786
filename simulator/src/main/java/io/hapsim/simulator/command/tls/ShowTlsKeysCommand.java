package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.tls.TicketKeys;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * {@code show tls-keys [*|#<id>|<file>]}: the TLS ticket key files by number; with {@code *} or one file, their keys
 * in base64, from the one after the encrypting key.
 */
final class ShowTlsKeysCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        TicketKeys keys = ctx.runtime().ticketKeys();
        String asked = ctx.arg(2);
        if (asked.isEmpty()) {
            StringBuilder out = new StringBuilder("# id (file)\n");
            keys.all().forEach(ring -> out.append(ring.id()).append(" (").append(ring.file()).append(")\n"));
            return Reply.text(out.toString());
        }
        List<TicketKeys.Ring> shown;
        if (asked.startsWith("*")) {
            shown = keys.all();
        } else {
            Optional<TicketKeys.Ring> ring = keys.find(asked);
            if (ring.isEmpty()) {
                return Reply.error("'show tls-keys' unable to locate referenced filename\n");
            }
            shown = List.of(ring.get());
        }
        StringBuilder out = new StringBuilder("# id secret\n");
        for (TicketKeys.Ring ring : shown) {
            out.append("# ").append(ring.id()).append(" (").append(ring.file()).append(")\n");
            List<byte[]> listed = ring.keys();
            for (int n = 0; n < listed.size(); n++) {
                out.append(ring.id()).append('.').append(n).append(' ')
                        .append(Base64.getEncoder().encodeToString(listed.get(n))).append('\n');
            }
        }
        return Reply.text(out.toString());
    }
}
