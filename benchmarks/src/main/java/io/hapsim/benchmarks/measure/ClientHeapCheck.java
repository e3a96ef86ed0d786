package io.hapsim.benchmarks.measure;

import io.hapsim.benchmarks.load.Entries;
import io.hapsim.benchmarks.load.Transport;
import io.hapsim.benchmarks.target.BenchTarget;
import io.hapsim.benchmarks.target.TargetKind;
import io.hapsim.client.CliOptions;
import io.hapsim.client.HaproxyCli;
import io.hapsim.client.map.ProgressListener;
import io.hapsim.client.map.ReplaceOptions;
import io.hapsim.client.map.ReplaceResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reference client's heap while it streams many entries into one map ({@code maps().replace} with its
 * defaults: the version's strategy, verification on). Run it in a JVM with a small heap, e.g.
 * {@code java -Xmx128m -cp benchmarks.jar io.hapsim.benchmarks.measure.ClientHeapCheck real 3.2 10000000}; the
 * target is another process (real HAProxy, or the simulator in its own JVM: {@code sim-fork}), so its memory is
 * not counted. Prints the heap in use after a full GC at every tenth of the entries, the peak of every heap pool
 * (garbage included) and one machine-readable {@code RESULT} line. Never fails on a figure.
 */
public final class ClientHeapCheck {

    private ClientHeapCheck() {
    }

    public static void main(String[] args) {
        TargetKind kind = TargetKind.parse(args.length > 0 ? args[0] : "sim-fork");
        String version = args.length > 1 ? args[1] : "3.2";
        long entries = args.length > 2 ? Long.parseLong(args[2]) : 10_000_000L;
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        try (BenchTarget server = BenchTarget.start(kind, version, 0)) {
            HaproxyCli cli = HaproxyCli.of(server.endpoint(Transport.UNIX).cliAddress(),
                    CliOptions.defaults().readTimeout(Duration.ofMinutes(5)));
            cli.version();
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long startLive = liveAfterGc(heap);
            List<String> samples = new ArrayList<>();
            long[] maxLive = {startLive};
            long step = Math.max(1, entries / 10);
            ProgressListener progress = new ProgressListener() {
                private long next = step;

                @Override
                public void acknowledged(long done, long chunks) {
                    if (done >= next) {
                        next += step;
                        long live = liveAfterGc(heap);
                        maxLive[0] = Math.max(maxLive[0], live);
                        samples.add(String.format(Locale.ROOT, "%,d: %.1f MiB", done, live / 1048576.0));
                    }
                }

                @Override
                public void phase(String name) {
                }
            };
            long t0 = System.nanoTime();
            ReplaceResult r = cli.maps().replace(server.map(), Entries.iterator(entries),
                    ReplaceOptions.defaults().progress(progress));
            double seconds = (System.nanoTime() - t0) / 1e9;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            long max = Runtime.getRuntime().maxMemory();
            System.out.printf(Locale.ROOT, "client heap, %,d entries into %s %s (%s) by %s in %.1f s (%.0f entries/s)%n",
                    r.entries(), kind.label(), version, server.version(), r.strategy(), seconds, r.entries() / seconds);
            System.out.println("heap in use after a full GC, by entries acknowledged: " + String.join(", ", samples));
            System.out.printf(Locale.ROOT, "RESULT entries=%d target=%s version=%s strategy=%s seconds=%.2f"
                    + " startLiveMiB=%.1f maxLiveMiB=%.1f peakMiB=%.1f xmxMiB=%.0f%n", r.entries(), kind.label(),
                    server.version(), r.strategy(), seconds, startLive / 1048576.0, maxLive[0] / 1048576.0,
                    peak / 1048576.0, max / 1048576.0);
        }
    }

    /** Heap in use right after a full collection (the live set). */
    static long liveAfterGc(List<MemoryPoolMXBean> heap) {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
