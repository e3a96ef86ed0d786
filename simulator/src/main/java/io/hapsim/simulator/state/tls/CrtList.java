package io.hapsim.simulator.state.tls;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A certificate list as HAProxy keeps it: a {@code crt-list} file's lines, or a {@code crt} directory's files.
 *
 * @param path    its name ({@code show ssl crt-list}): the file or directory as the configuration gave it
 * @param entries its certificates, in order
 */
public record CrtList(String path, List<Entry> entries) {

    public CrtList {
        entries = List.copyOf(entries);
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
