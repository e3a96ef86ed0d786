package io.hapsim.benchmarks.soak;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The process at one moment of a soak: the heap in use after full GCs (what stays, not what waits for the
 * collector), the resident set, open descriptors and threads (all from /proc, so Linux), and a probe's latencies.
 */
record ProcessSnapshot(long heapAfterGcBytes, long rssBytes, long descriptors, int threads, List<Long> probeNanos) {

    static ProcessSnapshot take(List<Long> probeNanos) throws IOException {
        for (int i = 0; i < 3; i++) {
            System.gc(); // a few rounds: references cleared by one are collected by the next
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long rss = 0;
        for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.ISO_8859_1)) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        long descriptors;
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            descriptors = fds.count();
        }
        return new ProcessSnapshot(heap, rss, descriptors, ManagementFactory.getThreadMXBean().getThreadCount(),
                List.copyOf(probeNanos));
    }

    /** The {@code p}-th percentile of the probe's latencies, in milliseconds. */
    double probePercentileMillis(double p) {
        return percentileMillis(probeNanos, p);
    }

    static double percentileMillis(List<Long> nanos, double p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = nanos.stream().sorted().toList();
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(p / 100 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
