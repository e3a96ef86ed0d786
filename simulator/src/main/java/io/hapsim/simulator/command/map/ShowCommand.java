package io.hapsim.simulator.command.map;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.OutputSources;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.pattern.Numbers;
import io.hapsim.simulator.state.pattern.PatternRef;
import io.hapsim.simulator.state.pattern.PatternStore;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code show map|acl}: without argument, the list of references of that kind; with {@code [@<ver>] <ref>}, the
 * entries of one version (the current one by default), streamed.
 */
final class ShowCommand {

    private static final String HEADER = "# id (file) description\n";

    private ShowCommand() {
    }

    static Reply handle(CommandContext ctx, Kind kind) {
        PatternStore store = ctx.runtime().patterns();
        if (ctx.arg(2).isEmpty()) {
            return listing(store, kind, ctx.profile().showsEntryCount());
        }
        int i = 2;
        String version = null;
        if (ctx.arg(2).startsWith("@")) {
            version = ctx.arg(2).substring(1);
            i++;
        }
        PatternRef ref = store.lookup(ctx.arg(i));
        if (ref == null || !kind.lists(ref)) {
            return Reply.error(kind.unknownIdentifier);
        }
        int v = version != null ? Numbers.unsignedPrefix(version) : ref.currentVersion();
        return Reply.stream(OutputSources.lines(ref.dump(v), line -> line));
    }

    private static Reply listing(PatternStore store, Kind kind, boolean showsEntryCount) {
        List<PatternRef> refs = new ArrayList<>();
        for (PatternRef r : store.references()) {
            if (kind.lists(r)) {
                refs.add(r);
            }
        }
        List<Object> items = new ArrayList<>(refs.size() + 1);
        items.add(HEADER);
        items.addAll(refs);
        return Reply.stream(OutputSources.lines(items.iterator(),
                item -> item instanceof PatternRef r ? line(r, showsEntryCount) : (String) item));
    }

    /** {@code <id> (<file>) <description>. curr_ver=<c> next_ver=<n>[ entry_cnt=<e>]}. */
    static String line(PatternRef ref, boolean showsEntryCount) {
        StringBuilder b = new StringBuilder(160);
        b.append(ref.id()).append(" (").append(ref.reference() == null ? "" : ref.reference()).append(") ")
                .append(ref.description())
                .append(". curr_ver=").append(Integer.toUnsignedString(ref.currentVersion()))
                .append(" next_ver=").append(Integer.toUnsignedString(ref.nextVersion()));
        if (showsEntryCount) {
            b.append(" entry_cnt=").append(Long.toUnsignedString(ref.entryCount()));
        }
        return b.append('\n').toString();
    }
}
