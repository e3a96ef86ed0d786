package io.hapsim.benchmarks.measure;

import io.hapsim.benchmarks.load.Entries;
import io.hapsim.benchmarks.load.MapLoader;
import io.hapsim.benchmarks.load.Strategy;
import io.hapsim.benchmarks.load.Transport;
import io.hapsim.benchmarks.target.BenchTarget;
import io.hapsim.benchmarks.target.TargetKind;
import io.hapsim.simulator.state.pattern.MatchType;
import io.hapsim.simulator.state.pattern.PatternRef;
import io.hapsim.simulator.state.pattern.PatternStore;
import io.hapsim.simulator.version.VersionProfiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Memory per stored map entry ({@code keyNNNNNNNNN valNNNNNNNNN}).
 *
 * <ul>
 * <li>{@code sim VERSION N}: the simulator's pattern store in this JVM: heap in use after full GCs (the least of
 * five {@code System.gc()} readings) before and after adding N entries to one map, divided by N (retained bytes,
 * object headers and indexes included). Run it with a heap large enough for N entries and no other load.</li>
 * <li>{@code real VERSION N}: real HAProxy: the process's resident set ({@code VmRSS} of {@code /proc/PID/status})
 * before and after loading and committing N entries, divided by N (allocator overhead included).</li>
 * </ul>
 * Prints one {@code RESULT} line.
 */
public final class MemoryFootprint {

    private MemoryFootprint() {
    }

    public static void main(String[] args) throws IOException {
        TargetKind kind = TargetKind.parse(args.length > 0 ? args[0] : "sim");
        String version = args.length > 1 ? args[1] : "3.2";
        long n = args.length > 2 ? Long.parseLong(args[2]) : 1_000_000L;
        if (kind == TargetKind.SIM) {
            Path dir = Files.createTempDirectory("hb-footprint-");
            Path file = Files.createFile(dir.resolve("bench.map"));
            try {
                PatternStore store = PatternStore.empty(VersionProfiles.get(version));
                PatternRef ref = store.addMapFile(file, MatchType.STR);
                long before = usedHeap();
                for (long i = 0; i < n; i++) {
                    ref.add(0, Entries.key(i), Entries.value(i));
                }
                long after = usedHeap();
                System.out.printf(Locale.ROOT, "RESULT target=sim version=%s entries=%d bytesPerEntry=%.1f"
                        + " method=retained-heap%n", VersionProfiles.get(version).version(), ref.entryCount(),
                        (after - before) / (double) n);
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
            return;
        }
        try (BenchTarget server = BenchTarget.start(kind, version, 0)) {
            long pid = server.pid().orElseThrow();
            MapLoader loader = new MapLoader(server.endpoint(Transport.UNIX), server.map(), server.bufferSize(), 0, n);
            long before = rssKiB(pid);
            loader.load(Strategy.CONN_PER_CHUNK);
            long after = rssKiB(pid);
            System.out.printf(Locale.ROOT, "RESULT target=%s version=%s entries=%d bytesPerEntry=%.1f method=rss%n",
                    kind.label(), server.version(), loader.currentEntries(), (after - before) * 1024.0 / n);
        }
    }

    static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    static long rssKiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException("no VmRSS for " + pid);
    }
}
