package io.hapsim.simulator.config;

import java.util.ArrayList;
import java.util.List;

/** A {@code peers} section: its name and its peers' names, in configuration order. */
public record PeersSection(String name, List<String> peers) {

    public PeersSection {
        peers = List.copyOf(peers);
    }

    /** The same section with one more peer. */
    public PeersSection with(String added) {
        List<String> more = new ArrayList<>(peers);
        more.add(added);
        return new PeersSection(name, more);
    }
}
