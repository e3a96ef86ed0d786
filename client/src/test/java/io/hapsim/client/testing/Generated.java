package io.hapsim.client.testing;

import io.hapsim.client.map.MapEntry;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** Deterministic entries {@code <prefix>N value-N;#\...} (a few odd bytes included), as an iterator or a file. */
public final class Generated {

    private Generated() {
    }

    public static MapEntry entry(String prefix, long i) {
        return new MapEntry(prefix + i, (i % 7 == 0 ? "v;#\\ " : "v") + i);
    }

    public static Iterator<MapEntry> entries(String prefix, long n) {
        return new Iterator<>() {
            long i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public MapEntry next() {
                if (i >= n) {
                    throw new NoSuchElementException();
                }
                return entry(prefix, i++);
            }
        };
    }

    /** Writes the entries as a map file with a comment and blank line at the top. */
    public static Path file(Path dir, String prefix, long n) {
        Path f = dir.resolve(prefix + n + ".map");
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.ISO_8859_1)) {
            w.write("# generated\n\n");
            for (long i = 0; i < n; i++) {
                MapEntry e = entry(prefix, i);
                w.write(e.key());
                w.write(i % 3 == 0 ? "\t" : " ");
                w.write(e.value());
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return f;
    }
}
