package io.hapsim.simulator.config;

import java.util.List;

/** A {@code peers} section: its name and its peers' names, in configuration order. */
public record PeersSection(String name, List<String> peers) {

    public PeersSection {
        peers = List.copyOf(peers);
    }
}
