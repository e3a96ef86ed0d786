package io.hapsim.simulator.state.tls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A certificate list as HAProxy keeps it: a {@code crt-list} file's lines, or a {@code crt} directory's files.
 *
 * @param path      its name ({@code show ssl crt-list}): the file or directory as the configuration gave it
 * @param entries   its certificates, in order
 * @param lineCount the lines read from its file, after which {@code add ssl crt-list} numbers its entries
 * @param binds     how many {@code bind} lines serve it: each entry added is an instance on each
 */
public record CrtList(String path, List<Entry> entries, int lineCount, int binds) {

    public CrtList {
        entries = List.copyOf(entries);
    }

    /** The same list served by one more {@code bind} line. */
    CrtList servedAgain() {
        return new CrtList(path, entries, lineCount, binds + 1);
    }

    /** The list with {@code entry} added, on the line after the last. */
    CrtList adding(Entry entry) {
        List<Entry> more = new ArrayList<>(entries);
        more.add(new Entry(entry.certificate(), lineCount + 1, entry.options(), entry.filters()));
        return new CrtList(path, more, lineCount + 1, binds);
    }

    CrtList removing(Entry entry) {
        List<Entry> fewer = new ArrayList<>(entries);
        fewer.remove(entry);
        return new CrtList(path, fewer, lineCount, binds);
    }

    /**
     * One certificate of a list.
     *
     * @param certificate the certificate file ({@code crt-base} applied)
     * @param line        its line in the file (0 for a directory's files, which have none)
     * @param options     the SSL options between brackets, by keyword ({@code ""} for a flag), or {@code null}
     *                    when the line has no brackets
     * @param filters     the SNI filters after them
     */
    public record Entry(String certificate, int line, Map<String, String> options, List<String> filters) {

        public Entry {
            options = options == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(options));
            filters = List.copyOf(filters);
        }
    }
}
