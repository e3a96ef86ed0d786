package io.hapsim.simulator.config;

import java.util.ArrayList;
import java.util.List;

/**
 * A section the CLI lists by name with the names it declares, in configuration order: a {@code resolvers} section
 * and its name servers, a {@code peers} section and its peers.
 */
public record NamedSection(String name, List<String> members) {

    public NamedSection {
        members = List.copyOf(members);
    }

    /** The same section with one more member. */
    public NamedSection with(String added) {
        List<String> more = new ArrayList<>(members);
        more.add(added);
        return new NamedSection(name, more);
    }
}
