package io.hapsim.simulator.config;

import java.util.ArrayList;
import java.util.List;

/**
 * A section the CLI lists by name with what it declares, in configuration order: a {@code resolvers} section and its
 * name servers (names), a {@code peers} section and its peers ({@link Peer}s).
 *
 * @param <M> what one member line declares
 */
public record NamedSection<M>(String name, List<M> members) {

    public NamedSection {
        members = List.copyOf(members);
    }

    /** The same section with one more member. */
    public NamedSection<M> with(M added) {
        List<M> more = new ArrayList<>(members);
        more.add(added);
        return new NamedSection<>(name, more);
    }
}
