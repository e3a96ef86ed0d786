package io.hapsim.benchmarks.report;

import io.hapsim.benchmarks.load.MapLoader;
import io.hapsim.benchmarks.load.Strategy;
import io.hapsim.benchmarks.load.Transport;
import io.hapsim.benchmarks.target.BenchTarget;
import io.hapsim.benchmarks.target.ForkedProcess;
import io.hapsim.benchmarks.target.TargetKind;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code java -jar benchmarks.jar cold [--versions 3.0,3.2] [--entries 1000000] [--startups 10] [--runs 3]
 * [--real auto|none|V,..] [--sim sim-jar,sim-launcher] [--strategies S,..] [--out DIR] [--name cold]}: what a CI job
 * meets, a freshly started process. For each version, each target (the standalone jar on the default {@code java},
 * {@code ./hapsim serve} with the launcher's JDK and class-data cache, real HAProxy) is started {@code --startups}
 * times for its launch-to-first-answer (median), then, for each strategy, {@code --runs} times for one load of
 * {@code --entries} entries ({@code prepare map}, upload, {@code commit map}) timed from its first answer with no
 * warm-up (median; the targets take turns). Writes {@code DIR/NAME.md} and {@code DIR/NAME.csv}.
 */
public final class ColdReport {

    /** One measured figure: a target's launch-to-first-answer, or a load's entries per second. */
    record Figure(String version, TargetKind target, String what, double value) {
    }

    private ColdReport() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> o = ReportCommand.options(args);
        List<String> versions = Arrays.asList(o.getOrDefault("versions", "3.0,3.2").split(","));
        long entries = Long.parseLong(o.getOrDefault("entries", "1000000").replace("_", ""));
        int startups = Integer.parseInt(o.getOrDefault("startups", "10"));
        int runs = Integer.parseInt(o.getOrDefault("runs", "3"));
        List<String> real = ReportCommand.realVersions(o.getOrDefault("real", "auto"));
        List<TargetKind> simulated = Arrays.stream(o.getOrDefault("sim", "sim-jar,sim-launcher").split(","))
                .map(TargetKind::parse).toList();
        List<Strategy> only = o.containsKey("strategies")
                ? Arrays.stream(o.get("strategies").split(",")).map(Strategy::parse).toList() : null;
        Path out = o.containsKey("out") ? Path.of(o.get("out")) : ReportCommand.defaultOut();
        String name = o.getOrDefault("name", "cold");
        PrintStream p = System.out;
        Conditions before = Conditions.now();
        long t0 = System.nanoTime();
        warmUpTheClient(versions, p);
        List<Figure> figures = new ArrayList<>();
        for (String version : versions) {
            List<TargetKind> targets = new ArrayList<>(simulated);
            if (real.contains(version)) {
                targets.add(0, TargetKind.REAL);
            }
            for (TargetKind target : targets) {
                figures.add(startup(version, target, startups, p));
            }
            for (Strategy strategy : strategies(version)) {
                if (only != null && !only.contains(strategy)) {
                    continue;
                }
                // rounds of every target in turn: whatever else the machine does weighs on all of them alike
                Map<TargetKind, List<Double>> rates = new LinkedHashMap<>();
                for (int round = 0; round < runs; round++) {
                    for (TargetKind target : targets) {
                        rates.computeIfAbsent(target, t -> new ArrayList<>())
                                .add(load(version, target, strategy, entries, p));
                    }
                }
                rates.forEach((target, values) -> figures.add(new Figure(version, target, strategy.label(),
                        median(values))));
            }
        }
        Conditions c = before.finished();
        p.printf(Locale.ROOT, "hapsim bench cold: done in %.0f s%n", (System.nanoTime() - t0) / 1e9);
        Files.createDirectories(out);
        Files.writeString(out.resolve(name + ".md"), markdown(figures, versions, entries, startups, runs, c),
                StandardCharsets.UTF_8);
        Files.writeString(out.resolve(name + ".csv"), csv(figures), StandardCharsets.UTF_8);
        p.println("hapsim bench cold: wrote " + out.resolve(name + ".md") + ", " + out.resolve(name + ".csv"));
    }

    /** The strategies of {@code ./hapsim bench} that the version has. */
    static List<Strategy> strategies(String version) {
        return Arrays.stream(new Strategy[] {Strategy.CONN_PER_CHUNK, Strategy.PROMPT_PAYLOAD, Strategy.PROMPT_I_LINES,
            Strategy.SEMICOLON_ADDS, Strategy.CLIENT}).filter(s -> s.supports(version)).toList();
    }

    /**
     * Only the servers are to be cold: the loads' own code (this JVM) runs every strategy first, against a
     * simulator in this JVM.
     */
    private static void warmUpTheClient(List<String> versions, PrintStream p) {
        for (String version : versions) {
            try (BenchTarget warm = BenchTarget.start(TargetKind.SIM, version, 0)) {
                for (Strategy strategy : strategies(version)) {
                    MapLoader loader = new MapLoader(warm.endpoint(Transport.UNIX), warm.map(), warm.bufferSize(), 0,
                            200_000);
                    for (int i = 0; i < 3; i++) {
                        loader.load(strategy);
                    }
                }
            }
        }
        p.println("hapsim bench cold: the benchmark's client is warm");
    }

    private static Figure startup(String version, TargetKind target, int runs, PrintStream p) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            try (ForkedProcess process = (ForkedProcess) BenchTarget.start(target, version, 0)) {
                millis.add(process.launchToFirstAnswer().toNanos() / 1e6);
            }
        }
        double median = median(millis);
        p.printf(Locale.ROOT, "hapsim bench cold: %s %s launch to first answer: median %.0f ms of %s%n",
                target.label(), version, median, millis.stream().map(m -> String.format(Locale.ROOT, "%.0f", m))
                        .collect(Collectors.joining(" ")));
        return new Figure(version, target, "startup", median);
    }

    /** One load from a freshly started target; entries per second. */
    private static double load(String version, TargetKind target, Strategy strategy, long entries, PrintStream p) {
        try (BenchTarget server = BenchTarget.start(target, version, 0)) {
            MapLoader loader = new MapLoader(server.endpoint(Transport.UNIX), server.map(), server.bufferSize(), 0,
                    entries);
            long start = System.nanoTime();
            loader.load(strategy);
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = entries / seconds;
            p.printf(Locale.ROOT, "hapsim bench cold: %s %s %s: %,d entries in %.2f s (%,.0f/s)%n", target.label(),
                    version, strategy.label(), entries, seconds, rate);
            return rate;
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static String markdown(List<Figure> figures, List<String> versions, long entries, int startups, int runs,
            Conditions c) {
        StringBuilder md = new StringBuilder("# Cold: hapsim and real HAProxy from a freshly started process\n\n")
                .append("<!-- written by ./hapsim bench cold: do not edit, rerun -->\n\n")
                .append("What a CI job meets: every figure comes from a process started for it, with no warm-up. ")
                .append("`sim-jar`: `java -jar hapsim-tool-...-standalone.jar serve` on the default `java`; ")
                .append("`sim-launcher`: `./hapsim serve` (the newest JDK found, the launcher's JVM options and the ")
                .append("class-data cache the build trained); `real`: the Debian package. Taken ").append(c.date())
                .append(" on ").append(c.summary()).append(", ").append(c.os()).append("; load average ")
                .append(c.loadBefore()).append(" before, ").append(c.loadAfter()).append(" after.\n\n");
        md.append("## Launch to first answer (median of ").append(startups).append(")\n\n")
                .append("From starting the process to the end of its answer to `show info` on its UNIX socket, ")
                .append("polled every millisecond.\n\n| target |");
        versions.forEach(v -> md.append(' ').append(v).append(" |"));
        md.append("\n| --- |").append(" ---: |".repeat(versions.size())).append('\n');
        for (TargetKind target : List.of(TargetKind.REAL, TargetKind.SIM_JAR, TargetKind.SIM_LAUNCHER)) {
            md.append("| ").append(target.label()).append(" |");
            for (String v : versions) {
                md.append(' ').append(find(figures, v, target, "startup")
                        .map(ms -> String.format(Locale.ROOT, "%.0f ms", ms)).orElse("—")).append(" |");
            }
            md.append('\n');
        }
        md.append("\n## ").append(String.format(Locale.ROOT, "%,d", entries))
                .append(" entries from a fresh process (entries/s, median of ").append(runs).append(")\n\n")
                .append("`prepare map`, the upload, `commit map`, every answer checked, timed from the process's ")
                .append("first answer; the targets take turns.\n\n");
        for (String version : versions) {
            loads(md, figures, version);
        }
        return md.toString();
    }

    /** One table per version: a row per strategy, the targets' rates, then each simulator's ratio to real. */
    private static void loads(StringBuilder md, List<Figure> figures, String version) {
        List<TargetKind> targets = figures.stream().filter(f -> f.version().equals(version))
                .map(Figure::target).distinct().toList();
        List<String> strategies = figures.stream().filter(f -> f.version().equals(version))
                .map(Figure::what).filter(w -> !w.equals("startup")).distinct().toList();
        if (strategies.isEmpty()) {
            return;
        }
        boolean withReal = targets.contains(TargetKind.REAL);
        List<TargetKind> simulated = targets.stream().filter(TargetKind::simulated).toList();
        md.append("| ").append(version).append(" |");
        targets.forEach(t -> md.append(' ').append(t.label()).append(" |"));
        if (withReal) {
            simulated.forEach(t -> md.append(' ').append(t.label()).append(" / real |"));
        }
        int columns = targets.size() + (withReal ? simulated.size() : 0);
        md.append("\n| --- |").append(" ---: |".repeat(columns)).append('\n');
        for (String strategy : strategies) {
            md.append("| ").append(strategy).append(" |");
            for (TargetKind t : targets) {
                md.append(' ').append(find(figures, version, t, strategy)
                        .map(r -> String.format(Locale.ROOT, "%,.0f", r)).orElse("n/a")).append(" |");
            }
            if (withReal) {
                Optional<Double> real = find(figures, version, TargetKind.REAL, strategy);
                for (TargetKind t : simulated) {
                    md.append(' ').append(find(figures, version, t, strategy).flatMap(sim -> real
                            .map(r -> String.format(Locale.ROOT, "%.2f×", sim / r))).orElse("n/a")).append(" |");
                }
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private static Optional<Double> find(List<Figure> figures, String version, TargetKind target,
            String what) {
        return figures.stream().filter(f -> f.version().equals(version) && f.target() == target
                && f.what().equals(what)).map(Figure::value).findFirst();
    }

    static String csv(List<Figure> figures) {
        StringBuilder csv = new StringBuilder("version,target,figure,value,unit\n");
        for (Figure f : figures) {
            csv.append(String.join(",", f.version(), f.target().label(), f.what(),
                    String.format(Locale.ROOT, "%.1f", f.value()), f.what().equals("startup") ? "ms" : "entries/s"))
                    .append('\n');
        }
        return csv.toString();
    }
}
