package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.state.tls.BundleFile;
import io.hapsim.simulator.state.tls.BundleStore;
import io.hapsim.simulator.state.tls.BundleTransaction;
import java.util.List;
import java.util.Optional;

/**
 * {@code show ssl ca-file|crl-file}: the ongoing transaction and the files (CA files with their counts);
 * {@code show ssl ca-file|crl-file [*]<file>[:<index>]}: their items' details, from the first or only the one at an
 * index (counted from 1). Below operator, HAProxy's {@code Can't allocate memory!}.
 */
final class ShowSslBundleCommand<T> implements CommandHandler {

    private final BundleKind<T> kind;

    ShowSslBundleCommand(BundleKind<T> kind) {
        this.kind = kind;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        if (!ctx.session().level().atLeast(AccessLevel.OPERATOR)) {
            return Reply.error(CertificateTransactions.BELOW_LEVEL);
        }
        BundleStore<T> store = kind.store().apply(ctx.runtime());
        String asked = ctx.arg(3);
        synchronized (store) {
            Optional<BundleTransaction<T>> ongoing = store.transaction();
            if (asked.isEmpty()) {
                StringBuilder listing = new StringBuilder();
                ongoing.ifPresent(t -> listing.append("# transaction\n*").append(t.path())
                        .append(count(t.pending().size())).append('\n'));
                listing.append("# filename\n");
                store.all().forEach(file -> listing.append(file.path()).append(count(file.count())).append('\n'));
                return Reply.text(listing.toString());
            }
            String name = asked;
            int index = 0;
            int colon = asked.indexOf(':');
            if (colon >= 0) {
                index = index(asked.substring(colon + 1));
                if (index <= 0) {
                    return Reply.error("wrong " + kind.transactionNoun() + " index after colons in '" + asked + "'!");
                }
                name = asked.substring(0, colon);
            }
            String notFound = "Can't display the " + kind.file().noun() + " : Not found!\n";
            if (name.startsWith("*")) {
                String path = name.substring(1);
                Optional<BundleTransaction<T>> shown = ongoing.filter(t -> t.path().equals(path));
                if (shown.isEmpty()) {
                    return Reply.error(notFound);
                }
                String status = ctx.profile().tlsCli().showsUncommitted() ? "Uncommitted" : "Unused";
                return Reply.text(details(name, status, shown.get().pending(), index, ctx.runtime().bufferSize()));
            }
            Optional<BundleFile<T>> file = store.find(name);
            if (file.isEmpty()) {
                return Reply.error(notFound);
            }
            String status = file.get().empty() ? "Empty" : file.get().used() ? "Used" : "Unused";
            return Reply.text(details(name, status, file.get().items(), index, ctx.runtime().bufferSize()));
        }
    }

    private String count(int count) {
        return kind.listsCounts() ? " - " + count + " certificate(s)" : "";
    }

    /**
     * The details from item {@code index} (1-based; 0 for all of them). Written an item at a time (CA files), when the
     * next one no longer fits in the buffer ({@code tune.bufsize}, measured with fifty CAs and the hundred of
     * {@code @system-ca}) HAProxy waits for room and starts again, the file's name and status first; and a file
     * without a store, or an index past the last item, gets nothing at all: HAProxy drops what it wrote.
     */
    private String details(String name, String status, List<T> items, int index, int room) {
        String header = "Filename: " + name + "\nStatus: " + status + "\n";
        if (items == null || index > items.size()) {
            return kind.writesEachItem() ? "" : header;
        }
        StringBuilder out = new StringBuilder(header);
        int filled = header.length();
        int from = Math.max(index, 1);
        int to = index > 0 ? index : items.size();
        for (int number = from; number <= to; number++) {
            String item = " \n" + kind.itemTitle() + " #" + number + ":\n"
                    + kind.details().apply(items.get(number - 1));
            if (kind.writesEachItem() && number > from && filled + item.length() > room) {
                out.append(header);
                filled = header.length();
            }
            out.append(item);
            filled += item.length();
        }
        return out.toString();
    }

    /** The index after the colon as {@code strtol} reads it whole, or 0 when it is not a number. */
    private static int index(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
