package io.hapsim.simulator.config;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code resolvers} section: its name and its name servers' names, in configuration order. HAProxy adds one named
 * "default" from the host's {@code /etc/resolv.conf}, its servers named after their addresses.
 */
public record ResolversSection(String name, List<String> nameservers) {

    public ResolversSection {
        nameservers = List.copyOf(nameservers);
    }

    /** The same section with one more name server. */
    public ResolversSection with(String added) {
        List<String> more = new ArrayList<>(nameservers);
        more.add(added);
        return new ResolversSection(name, more);
    }
}
