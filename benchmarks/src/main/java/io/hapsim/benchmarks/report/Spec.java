package io.hapsim.benchmarks.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JMH run of a report: a benchmark method with one value per parameter.
 *
 * @param bench  the report's name for it (load, baseline, parse, ingest, show, commit)
 * @param method the benchmark method, {@code Class.method} in {@code io.hapsim.benchmarks.jmh}
 * @param params one value per JMH parameter
 */
public record Spec(String bench, String method, Map<String, String> params) {

    public static Spec of(String bench, String method, String... keyValues) {
        Map<String, String> p = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            p.put(keyValues[i], keyValues[i + 1]);
        }
        return new Spec(bench, method, p);
    }

    public String param(String name) {
        return params.getOrDefault(name, "");
    }

    public String describe() {
        StringBuilder b = new StringBuilder(bench);
        if (bench.equals("parse")) {
            b.append('.').append(method.substring(method.lastIndexOf('.') + 1));
        }
        params.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
        return b.toString();
    }
}
