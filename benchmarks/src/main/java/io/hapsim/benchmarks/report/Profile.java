package io.hapsim.benchmarks.report;

import io.hapsim.benchmarks.load.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a report runs: the JMH runs and their iteration settings.
 *
 * @param name          short, full or smoke
 * @param warmups       warmup iterations
 * @param warmupMillis  time of a warmup iteration
 * @param iterations    measurement iterations
 * @param iterationMillis time of a measurement iteration
 * @param specs         the runs
 */
public record Profile(String name, int warmups, long warmupMillis, int iterations, long iterationMillis,
        List<Spec> specs) {

    static final String LOAD = "MapCommitBenchmark.load";

    /**
     * Builds a profile. {@code real}: the real HAProxy versions installed; {@code entries}: overrides the
     * profile's entry counts when not empty.
     */
    public static Profile of(String name, List<String> real, List<Long> entries) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "short" -> shortProfile(real, entries.isEmpty() ? List.of(100_000L) : entries);
            case "full" -> full(real, entries.isEmpty() ? List.of(10_000L, 100_000L, 1_000_000L) : entries);
            case "smoke" -> smoke(entries.isEmpty() ? List.of(2_000L) : entries);
            default -> throw new IllegalArgumentException("profile: short, full or smoke, not " + name);
        };
    }

    /** The strategies worth measuring on a version, cheapest first. */
    static List<Strategy> strategies(String version, boolean withSemicolons) {
        List<Strategy> s = new ArrayList<>(List.of(Strategy.CONN_PER_CHUNK, Strategy.PROMPT_PAYLOAD));
        if (Strategy.PROMPT_I_LINES.supports(version)) {
            s.add(Strategy.PROMPT_I_LINES);
        }
        if (withSemicolons) {
            s.add(Strategy.SEMICOLON_ADDS);
        }
        s.add(Strategy.CLIENT);
        return s;
    }

    static Spec load(String target, String version, Strategy s, long entries, String transport, int chunk) {
        return Spec.of("load", LOAD, "target", target, "version", version, "strategy", s.label(), "entries",
                Long.toString(entries), "transport", transport, "chunk", Integer.toString(chunk));
    }

    static Spec baseline(String transport, String shape, long entries, int chunk) {
        return Spec.of("baseline", "RawSocketBaseline.push", "transport", transport, "shape", shape, "entries",
                Long.toString(entries), "chunk", Integer.toString(chunk));
    }

    static Profile shortProfile(List<String> real, List<Long> sizes) {
        List<Spec> specs = new ArrayList<>();
        for (long n : sizes) {
            specs.add(baseline("unix", "stream", n, 0));
            specs.add(baseline("unix", "conn-per-chunk", n, 0));
            for (String v : real) {
                for (Strategy s : strategies(v, !v.equals("2.6"))) {
                    specs.add(load("real", v, s, n, "unix", 0));
                }
            }
            for (String v : List.of("3.0", "3.2", "3.4")) {
                for (Strategy s : strategies(v, false)) {
                    specs.add(load("sim", v, s, n, "unix", 0));
                }
            }
            specs.add(load("sim-fork", "3.0", Strategy.CONN_PER_CHUNK, n, "unix", 0));
            specs.add(load("sim-fork", "3.0", Strategy.PROMPT_PAYLOAD, n, "unix", 0));
        }
        specs.add(Spec.of("parse", "ParsingBenchmark.frame", "version", "3.0"));
        specs.add(Spec.of("ingest", "IngestionBenchmark.ingest", "version", "3.0", "entries", "100000"));
        return new Profile("short", 1, 1000, 1, 2000, specs);
    }

    static Profile full(List<String> real, List<Long> sizes) {
        List<Spec> specs = new ArrayList<>();
        List<String> simVersions = List.of("2.4", "2.6", "2.8", "3.0", "3.2", "3.3", "3.4");
        for (long n : sizes) {
            specs.add(baseline("unix", "stream", n, 0));
            specs.add(baseline("unix", "conn-per-chunk", n, 0));
            specs.add(baseline("tcp", "stream", n, 0));
            specs.add(baseline("tcp", "conn-per-chunk", n, 0));
            for (String v : real) {
                for (Strategy s : strategies(v, true)) {
                    specs.add(load("real", v, s, n, "unix", 0));
                }
                specs.add(load("real", v, Strategy.CLIENT_VERIFIED, n, "unix", 0));
            }
            for (String v : simVersions) {
                for (Strategy s : strategies(v, true)) {
                    specs.add(load("sim", v, s, n, "unix", 0));
                }
            }
            for (String v : List.of("3.0", "3.2")) {
                for (Strategy s : strategies(v, false)) {
                    specs.add(load("sim-fork", v, s, n, "unix", 0));
                }
            }
        }
        // transport and chunk size, at 100k entries
        long mid = 100_000;
        for (String t : List.of("tcp")) {
            for (String v : real) {
                specs.add(load("real", v, Strategy.CONN_PER_CHUNK, mid, t, 0));
                specs.add(load("real", v, Strategy.PROMPT_PAYLOAD, mid, t, 0));
            }
            specs.add(load("sim", "3.0", Strategy.CONN_PER_CHUNK, mid, t, 0));
            specs.add(load("sim", "3.0", Strategy.PROMPT_PAYLOAD, mid, t, 0));
        }
        for (int chunk : List.of(1024, 4096, 8192)) {
            for (String v : real) {
                specs.add(load("real", v, Strategy.CONN_PER_CHUNK, mid, "unix", chunk));
                specs.add(load("real", v, Strategy.PROMPT_PAYLOAD, mid, "unix", chunk));
            }
            specs.add(load("sim", "3.0", Strategy.CONN_PER_CHUNK, mid, "unix", chunk));
            specs.add(load("sim", "3.2", Strategy.PROMPT_PAYLOAD, mid, "unix", chunk));
            specs.add(baseline("unix", "stream", mid, chunk));
        }
        for (String v : List.of("2.6", "3.0", "3.2", "3.4")) {
            specs.add(Spec.of("parse", "ParsingBenchmark.frame", "version", v));
            specs.add(Spec.of("parse", "ParsingBenchmark.words", "version", v));
            specs.add(Spec.of("ingest", "IngestionBenchmark.ingest", "version", v, "entries", "100000"));
        }
        specs.add(Spec.of("show", "ShowMapBenchmark.show", "target", "internal", "version", "3.0", "entries",
                "1000000"));
        specs.add(Spec.of("show", "ShowMapBenchmark.show", "target", "sim", "version", "3.0", "entries", "1000000"));
        specs.add(Spec.of("commit", "CommitBenchmark.commit", "target", "sim", "version", "3.0", "entries",
                "1000000"));
        specs.add(Spec.of("commit", "CommitBenchmark.commit", "target", "sim-fork", "version", "3.0", "entries",
                "1000000"));
        for (String v : real) {
            specs.add(Spec.of("show", "ShowMapBenchmark.show", "target", "real", "version", v, "entries", "1000000"));
            specs.add(Spec.of("commit", "CommitBenchmark.commit", "target", "real", "version", v, "entries",
                    "1000000"));
        }
        return new Profile("full", 2, 2000, 3, 3000, specs);
    }

    /** A proof that every benchmark still runs: tiny sizes, in-process simulator only. */
    static Profile smoke(List<Long> sizes) {
        List<Spec> specs = new ArrayList<>();
        long n = sizes.get(0);
        specs.add(baseline("unix", "stream", n, 0));
        for (Strategy s : List.of(Strategy.PROMPT_PAYLOAD, Strategy.PROMPT_I_LINES, Strategy.CONN_PER_CHUNK,
                Strategy.SEMICOLON_ADDS, Strategy.CLIENT)) {
            specs.add(load("sim", "3.2", s, n, "unix", 0));
        }
        specs.add(load("sim", "3.0", Strategy.CONN_PER_CHUNK, n, "tcp", 4096));
        specs.add(Spec.of("parse", "ParsingBenchmark.frame", "version", "3.2"));
        specs.add(Spec.of("parse", "ParsingBenchmark.words", "version", "3.2"));
        specs.add(Spec.of("ingest", "IngestionBenchmark.ingest", "version", "3.0", "entries", Long.toString(n)));
        specs.add(Spec.of("show", "ShowMapBenchmark.show", "target", "internal", "version", "3.0", "entries",
                Long.toString(n)));
        specs.add(Spec.of("show", "ShowMapBenchmark.show", "target", "sim", "version", "3.0", "entries",
                Long.toString(n)));
        specs.add(Spec.of("commit", "CommitBenchmark.commit", "target", "sim", "version", "3.0", "entries",
                Long.toString(n)));
        return new Profile("smoke", 1, 100, 1, 100, specs);
    }
}
