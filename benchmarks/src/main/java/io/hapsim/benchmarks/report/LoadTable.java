package io.hapsim.benchmarks.report;

import io.hapsim.benchmarks.load.Strategy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The map-commit figures of one entry count at the default chunk over UNIX sockets, arranged by target column and
 * strategy row, with the raw-socket baselines of the same run.
 */
public final class LoadTable {

    private final long entries;
    private final List<String> columns = new ArrayList<>();
    private final List<Strategy> strategies = new ArrayList<>();
    private final Map<String, Row> cells = new LinkedHashMap<>();
    private final Map<String, Row> baselines = new LinkedHashMap<>();

    public LoadTable(List<Row> rows, long entries) {
        this.entries = entries;
        List<Row> loads = rows.stream().filter(r -> r.bench().equals("load") && defaults(r, entries)).toList();
        loads.stream().sorted(Comparator.comparing((Row r) -> order(r.target())).thenComparing(Row::profile))
                .map(Row::targetLabel).distinct().forEach(columns::add);
        for (Strategy s : Strategy.values()) {
            if (loads.stream().anyMatch(r -> r.param("strategy").equals(s.label()))) {
                strategies.add(s);
            }
        }
        for (Row r : loads) {
            cells.put(key(r.targetLabel(), r.param("strategy")), r);
        }
        rows.stream().filter(r -> r.bench().equals("baseline") && defaults(r, entries))
                .forEach(r -> baselines.put(r.param("shape"), r));
    }

    private static boolean defaults(Row r, long entries) {
        return r.param("entries").equals(Long.toString(entries)) && r.param("transport").equals("unix")
                && (r.param("chunk").isEmpty() || r.param("chunk").equals("0"));
    }

    private static int order(String target) {
        return switch (target) {
            case "real" -> 0;
            case "sim" -> 1;
            case "sim-fork" -> 2;
            default -> 3;
        };
    }

    private static String key(String column, String strategy) {
        return column + "|" + strategy;
    }

    public long entries() {
        return entries;
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }

    public List<String> columns() {
        return columns;
    }

    public List<Strategy> strategies() {
        return strategies;
    }

    public Optional<Row> cell(String column, Strategy s) {
        return Optional.ofNullable(cells.get(key(column, s.label())));
    }

    /** The raw-socket baseline of a shape (stream, conn-per-chunk), entries/s. */
    public OptionalDouble baseline(String shape) {
        Row r = baselines.get(shape);
        return r != null && r.ok() ? OptionalDouble.of(r.score()) : OptionalDouble.empty();
    }

    /** The fastest non-client strategy of a column. */
    public Optional<Row> best(String column) {
        return strategies.stream().filter(s -> !s.isClient()).map(s -> cells.get(key(column, s.label())))
                .filter(r -> r != null && r.ok()).max(Comparator.comparingDouble(Row::score));
    }
}
