package io.hapsim.simulator.state.tls;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The warning 3.2+ give when a crt-list line's certificate is filed under a {@code bind} line's names with negative
 * filters ({@code !name}) but no wildcard one: such a line excludes names from nothing. It is written each time the
 * line is filed: at start-up, on {@code add ssl crt-list}, and when a commit rebuilds it.
 */
public final class NegativeFilterWarning {

    private NegativeFilterWarning() {
    }

    /** Whether filing {@code entry} warns: a negative filter, and no wildcard but the bare default {@code *}. */
    static boolean excludesFromNothing(CrtList.Entry entry) {
        boolean negative = false;
        boolean wildcard = false;
        for (String filter : entry.filters()) {
            negative |= filter.startsWith("!");
            String name = filter.startsWith("!") ? filter.substring(1) : filter;
            wildcard |= name.startsWith("*") && name.length() > 1;
        }
        return negative && !wildcard;
    }

    /** The warnings filing {@code entry} of the list {@code listPath} gives, one per {@code bind} line serving it. */
    public static List<String> filing(List<ServingBind> binds, String listPath, CrtList.Entry entry) {
        List<String> warnings = new ArrayList<>();
        for (ServingBind bind : binds) {
            if (bind.loads().contains(new ServingBind.Served(listPath, true))) {
                filingUnder(bind, entry).ifPresent(warnings::add);
            }
        }
        return warnings;
    }

    /** The warning filing {@code entry} under {@code bind}'s names gives, if it gives one. */
    static Optional<String> filingUnder(ServingBind bind, CrtList.Entry entry) {
        return excludesFromNothing(entry) ? Optional.of(text(bind, entry.certificate())) : Optional.empty();
    }

    /**
     * The warnings a commit of {@code certificate} gives, rebuilding its crt-list lines: by {@code bind} line, in the
     * configuration's order, then by line of each list it serves.
     */
    public static List<String> rebuilding(List<ServingBind> binds, CrtListStore lists, String certificate) {
        List<String> warnings = new ArrayList<>();
        for (ServingBind bind : binds) {
            for (ServingBind.Served served : bind.loads()) {
                for (CrtList.Entry entry : lists.entriesOf(served)) {
                    if (entry.certificate().equals(certificate) && excludesFromNothing(entry)) {
                        warnings.add(text(bind, certificate));
                    }
                }
            }
        }
        return warnings;
    }

    private static String text(ServingBind bind, String certificate) {
        return "parsing [" + bind.file() + ":" + bind.line() + "]: crt-list: negative filters on crt-list line \""
                + certificate + "\" without a positive wildcard filter won't do anything!\n";
    }
}
