package io.hapsim.simulator.state.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code crt-list} file read as HAProxy reads it: a certificate per line ({@code crt-base} before a relative path),
 * then maybe its SSL options between brackets ({@code ca-base} before a relative CA or CRL file), then its SNI
 * filters; empty lines and lines starting with {@code #} skipped, but counted. (A line of blanks is skipped too;
 * real 2.6 to 3.2 sometimes load the previous line's certificate again for it, on line 0, from memory left over.)
 */
final class CrtListFile {

    private static final Logger LOG = LoggerFactory.getLogger(CrtListFile.class);
    /** The options that stand alone; the others take the next word. */
    private static final Set<String> FLAGS = Set.of("no-alpn", "no-ca-names", "allow-0rtt");

    private CrtListFile() {
    }

    static CrtList read(String path, String crtBase, String caBase) {
        List<CrtList.Entry> entries = new ArrayList<>();
        int lineCount = 0;
        try {
            List<String> lines = Files.readAllLines(Path.of(path), StandardCharsets.ISO_8859_1);
            lineCount = lines.size();
            for (int number = 1; number <= lines.size(); number++) {
                String line = lines.get(number - 1).strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    entries.add(entry(line, number, crtBase, caBase));
                }
            }
        } catch (IOException e) {
            LOG.debug("crt-list {} not read: {}", path, e.toString());
        }
        return new CrtList(path, entries, lineCount, 1);
    }

    /** One line of a list ({@code add ssl crt-list}'s payload too), on line {@code number}. */
    static CrtList.Entry entry(String line, int number, String crtBase, String caBase) {
        // words before the brackets (the certificate, then misplaced filters), inside them, after them
        List<List<String>> parts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        int part = 0;
        boolean bracketed = false;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ' ';
            if (c == ' ' || c == '\t' || c == '[' || c == ']') {
                if (!word.isEmpty()) {
                    parts.get(part).add(word.toString());
                    word.setLength(0);
                }
                if (c == '[') {
                    part = 1;
                    bracketed = true;
                } else if (c == ']') {
                    part = 2;
                }
            } else {
                word.append(c);
            }
        }
        List<String> before = parts.get(0);
        List<String> filters = new ArrayList<>(before.subList(1, before.size()));
        filters.addAll(parts.get(2));
        return new CrtList.Entry(TlsReferences.based(crtBase, before.get(0)), number,
                bracketed ? options(parts.get(1), caBase) : null, filters);
    }

    private static Map<String, String> options(List<String> words, String caBase) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String keyword = words.get(i);
            if (FLAGS.contains(keyword) || i + 1 == words.size()) {
                options.put(keyword, "");
                continue;
            }
            String value = words.get(++i);
            options.put(keyword, keyword.equals("ca-file") || keyword.equals("crl-file")
                    ? TlsReferences.based(caBase, value) : value);
        }
        return options;
    }
}
