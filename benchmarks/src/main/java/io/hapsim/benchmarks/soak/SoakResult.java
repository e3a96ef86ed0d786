package io.hapsim.benchmarks.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of a soak, their report, and what made it fail. */
record SoakResult(SoakRun.Options options, ProcessSnapshot before, ProcessSnapshot after, SoakRun.LoadFigures load,
        long loadNanos, long warmUpNanos, String stateProblem) {

    /** Descriptors and threads a JVM may open or end on its own between two measures (GC, JIT, attach). */
    private static final int SLACK = 4;

    /** Why the run fails; empty when it passes. */
    List<String> verdicts() {
        List<String> failures = new ArrayList<>();
        long heapGrowth = after.heapAfterGcBytes() - before.heapAfterGcBytes();
        if (heapGrowth > options.heapBoundMiB() * 1024L * 1024) {
            failures.add(String.format(Locale.ROOT, "heap after GC grew by %.1f MiB (bound %d MiB)",
                    heapGrowth / 1048576.0, options.heapBoundMiB()));
        }
        if (after.descriptors() > before.descriptors() + SLACK) {
            failures.add("open descriptors went from " + before.descriptors() + " to " + after.descriptors());
        }
        if (after.threads() > before.threads() + SLACK) {
            failures.add("threads went from " + before.threads() + " to " + after.threads());
        }
        if (stateProblem != null) {
            failures.add(stateProblem);
        }
        return failures;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Soak: ").append(options.version()).append(" profile\n\n")
                .append(String.format(Locale.ROOT, "`./hapsim bench soak --version %s`: %,d held interactive "
                        + "connections, %,d connection churns, %d interactive sessions adding and deleting %d "
                        + "entries each, and a reader that takes 4 kB every 50 ms of a %,d-entry `show map`, all at "
                        + "once (%.1f s), after a warm-up of %.1f s. The simulator is embedded; the clients are "
                        + "closed when the process is measured. Heap: in use after full GCs. Taken %s on %d CPUs, "
                        + "Java %s (%s).%n%n",
                        options.version(), options.held(), options.churns(), options.sessions(), options.updates(),
                        options.slowMapEntries(), loadNanos / 1e9, warmUpNanos / 1e9, java.time.LocalDate.now(),
                        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                        System.getProperty("java.vm.name")))
                .append("| | before the load | after the load |\n| --- | ---: | ---: |\n")
                .append(row("heap after GC (MiB)", mib(before.heapAfterGcBytes()), mib(after.heapAfterGcBytes())))
                .append(row("RSS (MiB)", mib(before.rssBytes()), mib(after.rssBytes())))
                .append(row("open descriptors", Long.toString(before.descriptors()),
                        Long.toString(after.descriptors())))
                .append(row("threads", Integer.toString(before.threads()), Integer.toString(after.threads())))
                .append(row("probe `show info` p50 (ms)", ms(before.probePercentileMillis(50)),
                        ms(after.probePercentileMillis(50))))
                .append(row("probe `show info` p99 (ms)", ms(before.probePercentileMillis(99)),
                        ms(after.probePercentileMillis(99))))
                .append(String.format(Locale.ROOT, "%nDuring the load, the probe (%d `show info`, one every 20 ms) "
                        + "answered in p50 %.2f ms, p99 %.2f ms, max %.2f ms; the slow reader got %,d bytes.%n",
                        load.probeNanos().size(), ProcessSnapshot.percentileMillis(load.probeNanos(), 50),
                        ProcessSnapshot.percentileMillis(load.probeNanos(), 99),
                        ProcessSnapshot.percentileMillis(load.probeNanos(), 100), load.slowReaderBytes()));
        List<String> failures = verdicts();
        md.append(failures.isEmpty()
                ? String.format(Locale.ROOT, "%nPassed: heap after GC within %d MiB, descriptors and threads back.%n",
                        options.heapBoundMiB())
                : "\nFAILED: " + String.join("; ", failures) + "\n");
        return md.toString();
    }

    private static String row(String name, String before, String after) {
        return "| " + name + " | " + before + " | " + after + " |\n";
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1048576.0);
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.2f", millis);
    }
}
