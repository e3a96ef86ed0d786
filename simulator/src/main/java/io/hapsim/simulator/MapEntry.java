package io.hapsim.simulator;

/** One entry of a map, as {@code show map} lists it without its address. */
public record MapEntry(String key, String value) {
}
