package io.hapsim.client.map;

/** An entry and where it came from: its 1-based line in a file, or its position in an iterator. */
public record SourceEntry(MapEntry entry, long line) {
}
