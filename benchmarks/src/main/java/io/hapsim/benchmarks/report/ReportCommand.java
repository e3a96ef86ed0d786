package io.hapsim.benchmarks.report;

import io.hapsim.benchmarks.target.ForkedProcess;
import io.hapsim.conformance.replay.target.RealHaproxy;
import io.hapsim.conformance.replay.target.RepoRoot;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar benchmarks.jar report [--profile short|full|smoke] [--out DIR] [--real 2.6,3.0,3.2|none]
 * [--entries N,...] [--memory] [--heap N] [--name NAME]}: runs the profile, then writes {@code DIR/NAME.md}
 * (NAME: the profile's name by default; tables, targets,
 * conditions), {@code DIR/PROFILE.png} (entries/s per strategy and version) and {@code DIR/PROFILE.csv} (every
 * figure). {@code --memory} adds memory per entry (simulator and real HAProxy) and the client's heap while
 * streaming {@code --heap} entries (default 10,000,000; the full profile does both).
 */
public final class ReportCommand {

    private ReportCommand() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> o = options(args);
        String profileName = o.getOrDefault("profile", "short");
        List<String> real = realVersions(o.getOrDefault("real", "auto"));
        List<Long> entries = o.containsKey("entries")
                ? Arrays.stream(o.get("entries").split(",")).map(s -> Long.parseLong(s.strip().replace("_", ""))).toList()
                : List.of();
        boolean memory = o.containsKey("memory") || profileName.equals("full");
        long heapEntries = Long.parseLong(o.getOrDefault("heap", "10000000"));
        Path out = o.containsKey("out") ? Path.of(o.get("out")) : defaultOut();
        Files.createDirectories(out);
        Profile profile = Profile.of(profileName, real, entries);
        Path log = Files.createTempFile("hapsim-bench-" + profileName + "-", ".log");
        PrintStream p = System.out;
        p.printf("hapsim bench: %s profile, %d runs; real HAProxy: %s; JMH log: %s%n", profile.name(),
                profile.specs().size(), real.isEmpty() ? "none installed" : String.join(", ", real), log);
        Map<String, String> versions = new HashMap<>();
        real.forEach(v -> versions.put(v, ForkedProcess.realVersion(v)));
        Conditions before = Conditions.now();
        long t0 = System.nanoTime();
        List<Row> rows = new ProfileRunner(profile, log, p, v -> versions.getOrDefault(v, v)).run();
        List<Note> notes = new ArrayList<>();
        if (memory) {
            notes.addAll(memory(real, heapEntries, p));
        }
        Conditions c = before.finished();
        p.printf(Locale.ROOT, "hapsim bench: done in %.0f s%n", (System.nanoTime() - t0) / 1e9);
        write(profile, c, rows, notes, out, o.getOrDefault("name", profile.name()));
    }

    /** Writes PROFILE.md, PROFILE.png and PROFILE.csv into {@code out}. */
    public static void write(Profile profile, Conditions c, List<Row> rows, List<Note> notes, Path out)
            throws IOException {
        write(profile, c, rows, notes, out, profile.name());
    }

    /** Writes NAME.md, NAME.png and NAME.csv into {@code out}. */
    public static void write(Profile profile, Conditions c, List<Row> rows, List<Note> notes, Path out, String name)
            throws IOException {
        long chartEntries = rows.stream().filter(r -> r.bench().equals("load"))
                .mapToLong(r -> Long.parseLong(r.param("entries"))).max().orElse(0);
        String png = name + ".png";
        LoadTable table = new LoadTable(rows, chartEntries);
        boolean chart = !table.isEmpty();
        if (chart) {
            ChartRenderer.write(table, String.format(Locale.ROOT, "Map commit: %,d entries, entries/s per strategy",
                    chartEntries), "hapsim " + profile.name() + " profile, " + c.date() + ", " + c.summary()
                    + "; dashed: raw-socket baselines", out.resolve(png));
        }
        Files.writeString(out.resolve(name + ".md"),
                MarkdownReport.render(profile, c, rows, notes, chart ? png : null, chartEntries),
                StandardCharsets.UTF_8);
        StringBuilder csv = new StringBuilder("bench,target,profile,version,params,score,error,unit,failure\n");
        for (Row r : rows) {
            csv.append(String.join(",", r.bench(), r.target(), r.profile(), r.version(),
                    '"' + r.params().toString().replace("\"", "'") + '"', Double.toString(r.score()),
                    Double.toString(r.error()), r.unit(), r.failure() == null ? "" : '"' + r.failure()
                            .replace("\"", "'") + '"')).append('\n');
        }
        for (Note n : notes) {
            csv.append(String.join(",", "note", "", "", "", '"' + n.what().replace("\"", "'") + '"', "", "",
                    '"' + n.figure().replace("\"", "'") + '"', '"' + n.method().replace("\"", "'") + '"'))
                    .append('\n');
        }
        Files.writeString(out.resolve(name + ".csv"), csv, StandardCharsets.UTF_8);
        System.out.println("hapsim bench: wrote " + out.resolve(name + ".md")
                + (chart ? ", " + out.resolve(png) : "") + ", " + out.resolve(name + ".csv"));
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + a);
            }
            String name = a.substring(2);
            int eq = name.indexOf('=');
            if (eq > 0) {
                o.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (name.equals("memory")) {
                o.put(name, "true");
            } else if (i + 1 < args.length) {
                o.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException(a + " needs a value");
            }
        }
        return o;
    }

    static List<String> realVersions(String spec) {
        if (spec.equals("none")) {
            return List.of();
        }
        List<String> wanted = spec.equals("auto") ? RealHaproxy.VERSIONS : Arrays.asList(spec.split(","));
        List<String> installed = new ArrayList<>();
        for (String v : wanted) {
            RealHaproxy.unavailable(v).ifPresentOrElse(
                    why -> System.out.println("hapsim bench: real HAProxy " + v + " skipped: " + why),
                    () -> installed.add(v));
        }
        return installed;
    }

    static Path defaultOut() {
        try {
            return RepoRoot.find().resolve("docs").resolve("benchmarks");
        } catch (IllegalStateException e) {
            return Path.of("docs", "benchmarks");
        }
    }

    /** Memory per entry (sim, each real version) and the client's heap while streaming, in child JVMs. */
    static List<Note> memory(List<String> real, long heapEntries, PrintStream p) {
        List<Note> notes = new ArrayList<>();
        String entries = "1000000";
        child(p, List.of("-Xmx4g", "-XX:+UseParallelGC"), "io.hapsim.benchmarks.measure.MemoryFootprint",
                "sim", "3.2", entries).ifPresent(r -> notes.add(new Note("memory per stored entry, simulator "
                        + r.get("version"), r.get("bytesPerEntry") + " bytes",
                        "retained heap after full GCs (min of 5 readings) before/after adding " + r.get("entries")
                                + " entries to one map, divided by their count")));
        for (String v : real) {
            child(p, List.of("-Xmx2g"), "io.hapsim.benchmarks.measure.MemoryFootprint", "real", v, entries)
                    .ifPresent(r -> notes.add(new Note("memory per stored entry, real HAProxy " + r.get("version"),
                            r.get("bytesPerEntry") + " bytes", "VmRSS before/after loading and committing "
                                    + r.get("entries") + " entries, divided by their count")));
        }
        String heapTarget = real.contains("3.2") ? "real" : "sim-fork";
        child(p, List.of("-Xmx128m", "-Dhapsim.bench.simHeap=12g"), "io.hapsim.benchmarks.measure.ClientHeapCheck",
                heapTarget, "3.2", Long.toString(heapEntries)).ifPresent(r -> notes.add(new Note(
                        "target: the client's heap stays flat while streaming " + String.format(Locale.ROOT, "%,d",
                                Long.parseLong(r.get("entries"))) + " entries",
                        String.format(Locale.ROOT, "live heap after full GCs: %s MiB at start, at most %s MiB during"
                                + " the load; peak of the heap pools (garbage included) %s MiB; -Xmx %s MiB; into %s %s"
                                + " (%s), %s s", r.get("startLiveMiB"), r.get("maxLiveMiB"), r.get("peakMiB"),
                                r.get("xmxMiB"), r.get("target"), r.get("version"), r.get("strategy"),
                                r.get("seconds")),
                        "completed within -Xmx " + r.get("xmxMiB") + " MiB (reported, not asserted)")));
        return notes;
    }

    static java.util.Optional<Map<String, String>> child(PrintStream p, List<String> jvm, String main,
            String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main);
        cmd.addAll(List.of(args));
        p.println("hapsim bench: " + main.substring(main.lastIndexOf('.') + 1) + " " + String.join(" ", args));
        try {
            Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String output = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            proc.waitFor(30, TimeUnit.MINUTES);
            for (String line : output.split("\n")) {
                if (!line.startsWith("RESULT ")) {
                    p.println("  " + line);
                    continue;
                }
                p.println("  " + line);
                Map<String, String> r = new LinkedHashMap<>();
                for (String kv : line.substring(7).split(" ")) {
                    int eq = kv.indexOf('=');
                    if (eq > 0) {
                        r.put(kv.substring(0, eq), kv.substring(eq + 1));
                    }
                }
                return java.util.Optional.of(r);
            }
            p.println("  (no result; exit " + proc.exitValue() + ")");
        } catch (IOException e) {
            p.println("  failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return java.util.Optional.empty();
    }
}
