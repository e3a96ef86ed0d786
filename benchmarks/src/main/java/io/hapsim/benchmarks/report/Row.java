package io.hapsim.benchmarks.report;

import java.util.Map;

/**
 * One measured line of a report.
 *
 * @param bench    load, baseline, parse, ingest, show, commit
 * @param target   sim, sim-fork, real, internal, sink
 * @param profile  the version profile asked for (3.0); empty when none
 * @param version  what ran (3.0.11-1+deb13u5, or the simulated version)
 * @param params   the JMH parameters
 * @param score    the figure in {@code unit}
 * @param error    99.9% half-width, NaN with one iteration
 * @param unit     entries/s, ns/command, MB/s, ms
 * @param failure  why the run gave no figure, or null
 */
public record Row(String bench, String target, String profile, String version, Map<String, String> params,
        double score, double error, String unit, String failure) {

    public String param(String name) {
        return params.getOrDefault(name, "");
    }

    public boolean ok() {
        return failure == null && !Double.isNaN(score);
    }

    /** "real 3.0.11", "sim 3.0", "sim-fork 3.0". */
    public String targetLabel() {
        if (target.equals("real")) {
            String v = version.isEmpty() ? profile : version;
            int dash = v.indexOf('-');
            return "real " + (dash > 0 ? v.substring(0, dash) : v);
        }
        return profile.isEmpty() ? target : target + " " + profile;
    }
}
