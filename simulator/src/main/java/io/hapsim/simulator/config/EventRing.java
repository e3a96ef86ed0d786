package io.hapsim.simulator.config;

/**
 * A {@code ring} section: a buffer of events {@code show events} lists among the sinks.
 *
 * @param name        the section's name
 * @param description its {@code description}, or the name when it has none (as HAProxy describes it)
 */
public record EventRing(String name, String description) {
}
