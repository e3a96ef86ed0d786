package io.hapsim.simulator.config;

import java.util.List;

/**
 * A {@code resolvers} section: its name and its name servers' names, in configuration order. HAProxy adds one named
 * "default" from the host's {@code /etc/resolv.conf}, its servers named after their addresses.
 */
public record ResolversSection(String name, List<String> nameservers) {

    public ResolversSection {
        nameservers = List.copyOf(nameservers);
    }
}
