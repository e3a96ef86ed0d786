package io.hapsim.simulator;

/**
 * A map as {@code show map} lists it: its id ({@code #<id>} names it), its file (as the configuration wrote it) and
 * how many entries its current version holds.
 */
public record MapSummary(int id, String file, int entries) {
}
