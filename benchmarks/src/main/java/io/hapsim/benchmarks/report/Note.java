package io.hapsim.benchmarks.report;

/**
 * A figure measured outside JMH (memory), for the report.
 *
 * @param what   what was measured
 * @param figure the figure with its unit
 * @param method how
 */
public record Note(String what, String figure, String method) {
}
