package io.hapsim.benchmarks.report;

import io.hapsim.benchmarks.load.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** The Markdown page of a report: conditions, the load table per entry count, the targets, every figure. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(Profile profile, Conditions c, List<Row> rows, List<Note> notes, String chartFile,
            long chartEntries) {
        StringBuilder md = new StringBuilder();
        md.append("# hapsim benchmarks: ").append(profile.name()).append(" profile\n\n");
        md.append("Taken ").append(c.date()).append(" on ").append(c.cpu()).append(", ").append(c.cores())
                .append(" cores, ").append(c.memoryMiB() / 1024).append(" GiB RAM (").append(c.os()).append("; ")
                .append(c.jvm()).append("). Load average (1/5/15 min) before: ").append(c.loadBefore())
                .append(", after: ").append(c.loadAfter()).append(".\n\n");
        md.append(String.format(Locale.ROOT, "JMH: one fork per figure, %d warmup x %.1f s, %d measured x %.1f s"
                + " (commit: single shots). ", profile.warmups(), profile.warmupMillis() / 1e3, profile.iterations(),
                profile.iterationMillis() / 1e3));
        md.append("Entries are `keyNNNNNNNNN valNNNNNNNNN` (26 bytes a line, unique keys). One load = `prepare map`,"
                + " the upload, `commit map` (which purges the previous load); every answer is checked and the map"
                + " must hold exactly the entries at the end. Chunks: the most `tune.bufsize` 16384 takes (as the"
                + " reference client computes it). The raw-socket baseline pushes the same bytes through the same"
                + " kind of socket to a sink that only reads, in the same run.\n\n");
        if (profile.iterations() < 3) {
            md.append("> Few iterations: one figure per cell, no error bars. Compare within one run only.\n\n");
        }

        List<Long> sizes = rows.stream().filter(r -> r.bench().equals("load"))
                .map(r -> Long.parseLong(r.param("entries"))).distinct().sorted().toList();
        for (long n : sizes) {
            LoadTable t = new LoadTable(rows, n);
            if (t.isEmpty()) {
                continue;
            }
            md.append(String.format(Locale.ROOT, "## Map commit throughput, %,d entries (entries/s, UNIX socket)%n%n",
                    n));
            appendLoadTable(md, t);
            if (n == chartEntries && chartFile != null) {
                md.append("\n![entries/s per strategy and version](").append(chartFile).append(")\n");
            }
            md.append('\n');
        }

        md.append("## Targets\n\n");
        md.append("| target | figures (same run) | result |\n| --- | --- | --- |\n");
        for (long n : sizes) {
            LoadTable t = new LoadTable(rows, n);
            if (!t.isEmpty()) {
                appendTargets(md, t);
            }
        }
        for (Note note : notes) {
            if (note.what().startsWith("target: ")) {
                md.append("| ").append(note.what().substring(8)).append(" | ").append(note.figure()).append(" | ")
                        .append(note.method()).append(" |\n");
            }
        }
        md.append('\n');

        List<Row> others = rows.stream().filter(r -> !r.bench().equals("load") && !r.bench().equals("baseline"))
                .toList();
        if (!others.isEmpty()) {
            md.append("## Simulator internals\n\n| measure | target | version | parameters | figure |\n"
                    + "| --- | --- | --- | --- | --- |\n");
            for (Row r : others) {
                md.append("| ").append(describe(r)).append(" | ").append(r.targetLabel()).append(" | ")
                        .append(r.version()).append(" | ").append(params(r, "target", "version", "unit"))
                        .append(" | ").append(figure(r)).append(" |\n");
            }
            md.append('\n');
        }
        List<Note> memory = notes.stream().filter(n -> !n.what().startsWith("target: ")).toList();
        if (!memory.isEmpty()) {
            md.append("## Memory\n\n| measure | figure | method |\n| --- | --- | --- |\n");
            for (Note n : memory) {
                md.append("| ").append(n.what()).append(" | ").append(n.figure()).append(" | ").append(n.method())
                        .append(" |\n");
            }
            md.append('\n');
        }

        md.append("## Every load figure\n\n| target | version | strategy | entries | transport | chunk | entries/s |"
                + " ± (99.9%) |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Row r : rows) {
            if (r.bench().equals("load") || r.bench().equals("baseline")) {
                md.append("| ").append(r.bench().equals("baseline") ? "raw sink (" + r.param("shape") + ")"
                        : r.targetLabel()).append(" | ").append(r.version()).append(" | ")
                        .append(r.bench().equals("baseline") ? "-" : r.param("strategy")).append(" | ")
                        .append(r.param("entries")).append(" | ").append(r.param("transport")).append(" | ")
                        .append(r.param("chunk").equals("0") ? "max" : r.param("chunk")).append(" | ")
                        .append(figure(r)).append(" | ")
                        .append(Double.isNaN(r.error()) ? "-" : ProfileRunner.format(r.error())).append(" |\n");
            }
        }
        md.append("\nStrategies: ");
        List<String> legend = new ArrayList<>();
        for (Strategy s : Strategy.values()) {
            legend.add("`" + s.label() + "`: " + s.description());
        }
        md.append(String.join("; ", legend)).append(".\n");
        return md.toString();
    }

    private static void appendLoadTable(StringBuilder md, LoadTable t) {
        md.append("| strategy |");
        t.columns().forEach(col -> md.append(' ').append(col).append(" |"));
        md.append("\n| --- |");
        t.columns().forEach(col -> md.append(" ---: |"));
        md.append('\n');
        OptionalDouble limit = t.baseline("stream");
        for (Strategy s : t.strategies()) {
            md.append("| ").append(s.label()).append(" |");
            for (String col : t.columns()) {
                Optional<Row> r = t.cell(col, s);
                md.append(' ');
                if (r.isEmpty()) {
                    md.append("n/a");
                } else if (!r.get().ok()) {
                    md.append("failed");
                } else {
                    boolean best = t.best(col).map(b -> b == r.get()).orElse(false);
                    md.append(best ? "**" : "").append(ProfileRunner.format(r.get().score())).append(best ? "**" : "");
                    if (limit.isPresent()) {
                        md.append(String.format(Locale.ROOT, " (%.0f%%)", 100 * r.get().score() / limit.getAsDouble()));
                    }
                }
                md.append(" |");
            }
            md.append('\n');
        }
        for (String shape : List.of("stream", "conn-per-chunk")) {
            OptionalDouble b = t.baseline(shape);
            if (b.isPresent()) {
                md.append("| raw socket baseline (").append(shape).append(") | ")
                        .append(ProfileRunner.format(b.getAsDouble())).append(" (all columns)");
                md.append(" |".repeat(Math.max(1, t.columns().size()))).append('\n');
            }
        }
        md.append("\nBold: the fastest strategy per column. (%): fraction of the raw-socket baseline"
                + " (one stream) of the same run.\n");
        List<String> failures = new ArrayList<>();
        for (String col : t.columns()) {
            for (Strategy s : t.strategies()) {
                t.cell(col, s).filter(r -> !r.ok()).ifPresent(r -> failures.add(col + " " + s.label() + ": "
                        + r.failure()));
            }
        }
        if (!failures.isEmpty()) {
            md.append("\nFailed: ").append(String.join("; ", failures)).append('\n');
        }
    }

    private static void appendTargets(StringBuilder md, LoadTable t) {
        String n = String.format(Locale.ROOT, "%,d", t.entries());
        Optional<String> real30 = t.columns().stream().filter(c -> c.startsWith("real 3.0")).findFirst();
        for (String simCol : List.of("sim 3.0", "sim-fork 3.0")) {
            if (real30.isEmpty() || !t.columns().contains(simCol)) {
                continue;
            }
            List<String> figures = new ArrayList<>();
            double worst = Double.POSITIVE_INFINITY;
            for (Strategy s : List.of(Strategy.CONN_PER_CHUNK, Strategy.PROMPT_PAYLOAD)) {
                Optional<Row> sim = t.cell(simCol, s).filter(Row::ok);
                Optional<Row> real = t.cell(real30.get(), s).filter(Row::ok);
                if (sim.isPresent() && real.isPresent()) {
                    double ratio = sim.get().score() / real.get().score();
                    worst = Math.min(worst, ratio);
                    figures.add(String.format(Locale.ROOT, "%s: %s / %s = %.2f", s.label(),
                            ProfileRunner.format(sim.get().score()), ProfileRunner.format(real.get().score()), ratio));
                }
            }
            if (!figures.isEmpty()) {
                md.append("| ").append(simCol).append(" ingests payload entries at least as fast as ")
                        .append(real30.get()).append(" (ratio ≥ 1.0), ").append(n).append(" entries | ")
                        .append(String.join("; ", figures)).append(" | ")
                        .append(worst >= 1.0 ? "met" : String.format(Locale.ROOT, "**not met** (%.2f)", worst))
                        .append(" |\n");
            }
        }
        OptionalDouble limit = t.baseline("stream");
        for (String col : t.columns()) {
            if (!col.startsWith("real ")) {
                continue;
            }
            Optional<Row> client = t.cell(col, Strategy.CLIENT).filter(Row::ok);
            Optional<Row> best = t.best(col);
            if (client.isEmpty() || best.isEmpty()) {
                continue;
            }
            double ratio = client.get().score() / best.get().score();
            String fraction = limit.isPresent() ? String.format(Locale.ROOT, "; client = %.0f%% of the raw-socket"
                    + " baseline (%s)", 100 * client.get().score() / limit.getAsDouble(),
                    ProfileRunner.format(limit.getAsDouble())) : "";
            md.append("| reference client loads into ").append(col).append(" at ≥ 0.95 × the best strategy, ")
                    .append(n).append(" entries | ")
                    .append(String.format(Locale.ROOT, "client %s / best (%s) %s = %.2f%s",
                            ProfileRunner.format(client.get().score()), best.get().param("strategy"),
                            ProfileRunner.format(best.get().score()), ratio, fraction))
                    .append(" | ")
                    .append(ratio >= 0.95 ? "met" : String.format(Locale.ROOT, "**not met** (%.2f)", ratio))
                    .append(" |\n");
        }
    }

    private static String describe(Row r) {
        return switch (r.bench()) {
            case "parse" -> "command parsing (" + r.param("method") + ")";
            case "ingest" -> "payload ingestion, no socket";
            case "show" -> "`show map` streaming";
            case "commit" -> "`commit map` (switch + purge)";
            default -> r.bench();
        };
    }

    private static String params(Row r, String... skip) {
        List<String> out = new ArrayList<>();
        r.params().forEach((k, v) -> {
            for (String s : skip) {
                if (s.equals(k)) {
                    return;
                }
            }
            out.add(k + "=" + v);
        });
        return String.join(", ", out);
    }

    static String figure(Row r) {
        if (!r.ok()) {
            return "failed: " + r.failure();
        }
        return switch (r.unit()) {
            case "entries/s" -> ProfileRunner.format(r.score());
            case "MB/s" -> String.format(Locale.ROOT, "%.1f MB/s", r.score());
            case "ns/command" -> String.format(Locale.ROOT, "%.0f ns/command", r.score());
            case "ms" -> String.format(Locale.ROOT, "%.0f ms", r.score());
            default -> ProfileRunner.format(r.score()) + " " + r.unit();
        };
    }
}
