package io.hapsim.benchmarks.report;

import io.hapsim.simulator.version.VersionProfiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs a {@link Profile}'s JMH runs one after the other (one fork each) and turns their results into {@link Row}s. */
public final class ProfileRunner {

    private static final String PACKAGE = "io.hapsim.benchmarks.jmh.";

    private final Profile profile;
    private final Path jmhLog;
    private final PrintStream progress;
    private final Function<String, String> realVersions;

    /**
     * @param jmhLog       where JMH's own output goes (appended), or null for none
     * @param realVersions the running version of an installed real HAProxy ({@code 3.0} to {@code 3.0.11-1+deb13u5})
     */
    public ProfileRunner(Profile profile, Path jmhLog, PrintStream progress, Function<String, String> realVersions) {
        this.profile = profile;
        this.jmhLog = jmhLog;
        this.progress = progress;
        this.realVersions = realVersions;
    }

    public List<Row> run() {
        List<Row> rows = new ArrayList<>();
        int i = 0;
        for (Spec spec : profile.specs()) {
            i++;
            long t0 = System.nanoTime();
            Row row = runOne(spec);
            rows.add(row);
            progress.printf(Locale.ROOT, "[%d/%d] %-75s %s (%.1f s)%n", i, profile.specs().size(), spec.describe(),
                    row.ok() ? format(row.score()) + " " + row.unit() : "FAILED: " + row.failure(),
                    (System.nanoTime() - t0) / 1e9);
            progress.flush();
        }
        return rows;
    }

    Row runOne(Spec spec) {
        ChainedOptionsBuilder o = new OptionsBuilder()
                .include("^" + java.util.regex.Pattern.quote(PACKAGE + spec.method()) + "$")
                .forks(1)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.NORMAL);
        Path runLog = null;
        if (jmhLog != null) {
            try {
                runLog = Files.createTempFile("hapsim-jmh-run-", ".log");
                o.output(runLog.toString());
            } catch (IOException e) {
                o.verbosity(VerboseMode.SILENT);
            }
        } else {
            o.verbosity(VerboseMode.SILENT);
        }
        if (spec.bench().equals("commit")) {
            o.warmupIterations(Math.min(1, profile.warmups())).measurementIterations(Math.max(1, profile.iterations()));
        } else {
            o.warmupIterations(profile.warmups()).warmupTime(TimeValue.milliseconds(profile.warmupMillis()))
                    .measurementIterations(profile.iterations())
                    .measurementTime(TimeValue.milliseconds(profile.iterationMillis()));
        }
        spec.params().forEach(o::param);
        String target = spec.param("target");
        String version = spec.param("version");
        String running = target.equals("real") ? realVersions.apply(version)
                : version.isEmpty() ? "" : VersionProfiles.get(version).version();
        try {
            return runWith(o, spec, running);
        } finally {
            if (runLog != null) {
                try {
                    Files.writeString(jmhLog, "\n##### " + spec.describe() + "\n" + Files.readString(runLog),
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    Files.deleteIfExists(runLog);
                } catch (IOException ignored) {
                    // the log is a convenience
                }
            }
        }
    }

    private Row runWith(ChainedOptionsBuilder o, Spec spec, String running) {
        try {
            Collection<RunResult> results = new Runner(o.build()).run();
            if (results.isEmpty()) {
                return failed(spec, running, "no result (see the JMH log)");
            }
            return toRow(spec, running, results.iterator().next());
        } catch (RunnerException | RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return failed(spec, running, firstLine(String.valueOf(cause.getMessage())));
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private Row failed(Spec spec, String running, String why) {
        return new Row(spec.bench(), targetOf(spec), spec.param("version"), running, spec.params(), Double.NaN,
                Double.NaN, unitOf(spec), why);
    }

    static String targetOf(Spec spec) {
        return switch (spec.bench()) {
            case "baseline" -> "sink";
            case "parse", "ingest" -> "internal";
            default -> spec.param("target");
        };
    }

    static String unitOf(Spec spec) {
        return switch (spec.bench()) {
            case "load", "baseline" -> "entries/s";
            case "parse" -> "ns/command";
            case "ingest", "show" -> "MB/s";
            case "commit" -> "ms";
            default -> "?";
        };
    }

    private Row toRow(Spec spec, String running, RunResult r) {
        Result<?> result = switch (spec.bench()) {
            case "load", "baseline" -> r.getSecondaryResults().get("entries");
            case "ingest", "show" -> r.getSecondaryResults().get("bytes");
            default -> r.getPrimaryResult();
        };
        if (result == null) {
            return failed(spec, running, "no " + unitOf(spec) + " counter in the result");
        }
        double scale = unitOf(spec).equals("MB/s") ? 1e-6 : 1;
        Map<String, String> params = new LinkedHashMap<>(spec.params());
        if (spec.bench().equals("parse")) {
            params.put("method", spec.method().substring(spec.method().lastIndexOf('.') + 1));
        }
        return new Row(spec.bench(), targetOf(spec), spec.param("version"), running, params, result.getScore() * scale,
                result.getScoreError() * scale, unitOf(spec), null);
    }

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (v >= 1e6) {
            return String.format(Locale.ROOT, "%.3fM", v / 1e6);
        }
        if (v >= 1e4) {
            return String.format(Locale.ROOT, "%.1fk", v / 1e3);
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }

}
