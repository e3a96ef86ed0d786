package io.hapsim.client.measure;

import io.hapsim.client.CliSession;
import io.hapsim.client.HaproxyCli;
import io.hapsim.client.SessionMode;
import io.hapsim.client.map.LoadStrategy;
import io.hapsim.client.map.MapEntry;
import io.hapsim.client.map.ProgressListener;
import io.hapsim.client.map.ReplaceOptions;
import io.hapsim.client.map.ReplaceResult;
import io.hapsim.client.testing.Instance;
import io.hapsim.client.testing.Instances;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Not a test: measures the load strategies on real HAProxy (or the simulator with {@code sim:VERSION}) and prints
 * entries/s, median of N runs. The numbers behind {@link io.hapsim.client.map.StrategyTable}.
 *
 * <pre>
 * java -cp ... io.hapsim.client.measure.StrategyMeasurement [--entries N] [--runs N] [--strategies a,b] VERSION...
 * </pre>
 * Strategies: {@code connection-per-chunk:N}, {@code prompt-session}, {@code interactive-session}, and
 * {@code add-per-line} (one {@code add map @ver m k v} command per entry, pipelined on a prompt session).
 * The upload rate counts from the first entry to the last acknowledgement; the total adds verify and commit.
 */
public final class StrategyMeasurement {

    private StrategyMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        int entries = 1_000_000;
        int runs = 3;
        List<String> strategies = List.of("connection-per-chunk:1", "connection-per-chunk:2", "connection-per-chunk:4",
                "prompt-session", "interactive-session", "add-per-line");
        List<String> versions = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--entries" -> entries = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--strategies" -> strategies = Arrays.asList(args[++i].split(","));
                default -> versions.add(args[i]);
            }
        }
        for (String v : versions) {
            boolean sim = v.startsWith("sim:");
            String version = sim ? v.substring(4) : v;
            try (Instance instance = sim ? Instances.simulator(version) : Instances.real(version)) {
                HaproxyCli cli = instance.cli();
                System.out.printf("# %s (%s), %d entries, median of %d%n", instance.label(), cli.version(), entries,
                        runs);
                for (String s : strategies) {
                    if (s.equals("interactive-session") && !cli.version().atLeast(3, 2)) {
                        continue;
                    }
                    double[] upload = new double[runs];
                    double[] total = new double[runs];
                    String detail = "";
                    for (int r = 0; r < runs; r++) {
                        double[] m = s.equals("add-per-line") ? addPerLine(cli, instance.bulkMap(), entries)
                                : replace(cli, instance.bulkMap(), entries, LoadStrategy.parse(s));
                        upload[r] = m[0];
                        total[r] = m[1];
                        detail = m.length > 2 ? " chunk " + (long) m[2] + " B, " + (long) m[3] + " chunks" : "";
                    }
                    System.out.printf(Locale.ROOT, "%-8s %-24s upload %6.3f M/s   total %6.3f M/s   (runs: %s)%s%n",
                            cli.version().branch(), s, median(upload) / 1e6, median(total) / 1e6,
                            fmt(upload), detail);
                }
            }
        }
    }

    static Iterator<MapEntry> entries(int n) {
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public MapEntry next() {
                int k = i++;
                return new MapEntry("key" + k, "value" + k);
            }
        };
    }

    static double[] replace(HaproxyCli cli, String map, int n, LoadStrategy strategy) {
        long[] uploadEnd = new long[1];
        ProgressListener timing = new ProgressListener() {
            @Override
            public void acknowledged(long entries, long chunks) {
            }

            @Override
            public void phase(String name) {
                if (name.equals("verify")) {
                    uploadEnd[0] = System.nanoTime();
                }
            }
        };
        long start = System.nanoTime();
        ReplaceResult r = cli.maps().replace(map, entries(n), ReplaceOptions.defaults().strategy(strategy)
                .progress(timing));
        long end = System.nanoTime();
        if (r.entries() != n) {
            throw new IllegalStateException("replaced " + r.entries());
        }
        return new double[] {n / ((uploadEnd[0] - start) / 1e9), n / ((end - start) / 1e9), 0, r.chunks()};
    }

    static double[] addPerLine(HaproxyCli cli, String map, int n) throws Exception {
        long start = System.nanoTime();
        long version = cli.maps().prepare(map);
        try (CliSession s = cli.openSession(SessionMode.PROMPT)) {
            CompletableFuture<String> last = null;
            List<CompletableFuture<String>> window = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                last = s.send("add map @" + version + " " + map + " key" + i + " value" + i);
                window.add(last);
                if (window.size() == 512) {
                    for (CompletableFuture<String> f : window) {
                        if (!f.get().isEmpty()) {
                            throw new IllegalStateException(f.get());
                        }
                    }
                    window.clear();
                }
            }
            for (CompletableFuture<String> f : window) {
                f.get();
            }
        }
        long uploadEnd = System.nanoTime();
        long count = cli.maps().checksum(map, version).entries();
        cli.maps().commit(map, version);
        long end = System.nanoTime();
        if (count != n) {
            throw new IllegalStateException("added " + count);
        }
        return new double[] {n / ((uploadEnd - start) / 1e9), n / ((end - start) / 1e9)};
    }

    static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    static String fmt(double[] v) {
        StringBuilder b = new StringBuilder();
        for (double d : v) {
            b.append(b.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.2f", d / 1e6));
        }
        return b.toString();
    }
}
