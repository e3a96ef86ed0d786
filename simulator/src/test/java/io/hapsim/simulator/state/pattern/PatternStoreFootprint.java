package io.hapsim.simulator.state.pattern;

import io.hapsim.simulator.command.OutputSource;
import io.hapsim.simulator.command.OutputSources;
import io.hapsim.simulator.version.VersionProfiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Measures the store at scale; not a unit test (no timing or memory assertion anywhere). Run it with the test
 * classpath, for instance:
 *
 * <pre>
 * ./mvnw -q -pl simulator test-compile
 * java -Xmx8g -cp simulator/target/classes:simulator/target/test-classes \
 *     io.hapsim.simulator.state.pattern.PatternStoreFootprint 1000000 10000000
 * </pre>
 *
 * For each size N it reports: retained heap per entry for N entries with 12-byte keys and values in one map
 * (after full GCs), the time of an {@code add} of N entries to a prepared version, of the {@code commit} that makes
 * them current (and purges the N previous ones), of streaming {@code show map} over all entries, of a
 * {@code get map} lookup, and of loading an N-line map file.
 */
public final class PatternStoreFootprint {

    private PatternStoreFootprint() {
    }

    public static void main(String[] args) throws IOException {
        int[] sizes = args.length == 0 ? new int[] {1_000_000} : new int[args.length];
        for (int i = 0; i < args.length; i++) {
            sizes[i] = Integer.parseInt(args[i]);
        }
        for (int n : sizes) {
            measure(n);
        }
    }

    private static void measure(int n) throws IOException {
        Path dir = Files.createTempDirectory("hapsim-footprint");
        Path empty = Files.createFile(dir.resolve("big.map"));
        PatternStore store = PatternStore.empty(VersionProfiles.get("3.2"));
        PatternRef ref = store.addMapFile(empty, MatchType.STR);

        long before = usedHeap();
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            ref.add(0, key(i), value(i));
        }
        long addNanos = System.nanoTime() - t0;
        long after = usedHeap();
        System.out.printf(Locale.ROOT, "N=%,d  heap/entry=%.1f bytes (12-byte keys and values)  add(v0)=%.0f ms%n",
                n, (after - before) / (double) n, addNanos / 1e6);

        int v1 = ref.prepare();
        t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            ref.add(v1, key(i), value(i + 1));
        }
        long addPending = System.nanoTime() - t0;
        t0 = System.nanoTime();
        boolean ok = ref.commit(v1);
        long commitNanos = System.nanoTime() - t0;
        System.out.printf(Locale.ROOT, "  add(@1)=%.0f ms  commit @1 (switch + purge of %,d old)=%.0f ms ok=%s%n",
                addPending / 1e6, n, commitNanos / 1e6, ok);

        ref.clear(v1);
        int v2 = ref.prepare();
        for (int i = 0; i < n; i++) {
            ref.add(v2, key(i), value(i));
        }
        t0 = System.nanoTime();
        ok = ref.commit(v2);
        System.out.printf(Locale.ROOT, "  commit @2 of %,d entries, nothing to purge=%.3f ms ok=%s%n", n,
                (System.nanoTime() - t0) / 1e6, ok);

        OutputSource dump = OutputSources.lines(ref.dump(ref.currentVersion()), l -> l);
        StringBuilder out = new StringBuilder(32 * 1024);
        long bytes = 0;
        t0 = System.nanoTime();
        boolean more = true;
        while (more) {
            out.setLength(0);
            more = dump.produce(out, 16 * 1024);
            bytes += out.length();
        }
        System.out.printf(Locale.ROOT, "  show map (streamed, 16 KiB chunks)=%.0f ms for %,d bytes%n",
                (System.nanoTime() - t0) / 1e6, bytes);

        int lookups = 200_000;
        t0 = System.nanoTime();
        int found = 0;
        for (int i = 0; i < lookups; i++) {
            if (ref.lookup(key((int) ((i * 2_654_435_761L) % n))).get(0).found()) {
                found++;
            }
        }
        System.out.printf(Locale.ROOT, "  get map (str, tree)=%.2f us/lookup, found %d/%d%n",
                (System.nanoTime() - t0) / 1e3 / lookups, found, lookups);

        Path file = dir.resolve("load.map");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
            for (int i = 0; i < n; i++) {
                w.write(key(i));
                w.write(' ');
                w.write(value(i));
                w.write('\n');
            }
        }
        ref = null;
        store = null;
        t0 = System.nanoTime();
        PatternStore loaded = PatternStore.empty(VersionProfiles.get("3.2"));
        PatternRef big = loaded.addMapFile(file, MatchType.STR);
        System.out.printf(Locale.ROOT, "  load %,d-line map file=%.0f ms (entry_cnt=%d)%n", n,
                (System.nanoTime() - t0) / 1e6, big.entryCount());
        Files.delete(file);
        Files.delete(empty);
        Files.delete(dir);
    }

    private static String key(int i) {
        return "key" + nineDigits(i);
    }

    private static String value(int i) {
        return "val" + nineDigits(i);
    }

    private static String nineDigits(int i) {
        String s = Integer.toString(i);
        return "000000000".substring(s.length()) + s;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
