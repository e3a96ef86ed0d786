package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.tls.CrtList;
import io.hapsim.simulator.state.tls.CrtListStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code show ssl crt-list}: the certificate lists by name; {@code show ssl crt-list [-n] <list>}: its lines as HAProxy
 * keeps them, with their line numbers ({@code -n}), their options in HAProxy's order and words, and their filters.
 */
final class ShowSslCrtListCommand implements CommandHandler {

    /** The options a line may have, in the order HAProxy writes them back. */
    private static final List<String> ORDER = List.of("npn", "alpn", "no-alpn", "verify", "no-ca-names",
            "allow-0rtt", "ca-file", "crl-file", "ciphers", "ciphersuites", "curves", "ecdhe", "ssl-min-ver",
            "ssl-max-ver", "ocsp-update");

    @Override
    public Reply handle(CommandContext ctx) {
        boolean numbered = ctx.arg(3).equals("-n");
        String name = numbered ? ctx.arg(4) : ctx.arg(3);
        if (numbered && name.isEmpty()) {
            return Reply.error("'show ssl crt-list -n' expects a filename or a directory\n");
        }
        if (name.isEmpty()) {
            StringBuilder listing = new StringBuilder();
            ctx.runtime().crtLists().all().forEach(list -> listing.append(list.path()).append('\n'));
            return Reply.text(listing.toString());
        }
        Optional<CrtList> list = ctx.runtime().crtLists().find(CrtListStore.listPath(name));
        if (list.isEmpty()) {
            return Reply.error("didn't find the specified filename\n");
        }
        StringBuilder dump = new StringBuilder("# ").append(list.get().path()).append('\n');
        for (CrtList.Entry entry : list.get().entries()) {
            dump.append(entry.certificate());
            if (numbered) {
                dump.append(':').append(entry.line());
            }
            if (entry.options() != null && (!entry.options().isEmpty()
                    || ctx.profile().tlsCli().crtListEmptyBrackets())) {
                dump.append(" [").append(options(entry.options())).append(']');
            }
            entry.filters().forEach(filter -> dump.append(' ').append(filter));
            dump.append('\n');
        }
        return Reply.text(dump.toString());
    }

    /**
     * The options as HAProxy writes them back from what it parsed: in its order, each protocol list ended with a NUL
     * byte (a slip of HAProxy's, measured on 2.6 to 3.4).
     */
    private static String options(Map<String, String> options) {
        StringBuilder out = new StringBuilder();
        for (String keyword : ORDER) {
            String value = options.get(keyword);
            if (value == null) {
                continue;
            }
            if (!out.isEmpty() && !keyword.equals("npn")) {
                out.append(' ');
            }
            out.append(keyword);
            if (!value.isEmpty()) {
                out.append(' ').append(value);
            }
            if (keyword.equals("npn") || keyword.contains("alpn")) {
                out.append('\0');
            }
        }
        return out.toString();
    }
}
