package io.hapsim.simulator.config;

import java.util.List;
import java.util.OptionalInt;

/**
 * The global settings that shape what {@code show info} reports about the process, and the sections whose state
 * other dumps show (event rings, resolvers).
 *
 * @param nbthread       {@code nbthread}, or 0 for one thread per CPU
 * @param maxconn        {@code maxconn}, or 0 to let the descriptor limit decide
 * @param node           {@code node}, or null for the host name
 * @param cliMaxconn     {@code stats maxconn} (10 by default)
 * @param bindListeners  the listening addresses of every proxy's {@code bind} lines
 * @param chroot         a {@code chroot} directory is set
 * @param runsAsUser     {@code user} or {@code uid} is set
 * @param rings          the {@code ring} sections, in configuration order
 * @param resolvers      the {@code resolvers} sections, in configuration order
 * @param peers          the {@code peers} sections, in configuration order
 * @param maxReloads     {@code mworker-max-reloads}: the reloads a worker outlives before its master kills it; empty
 *                       for the version's default
 */
public record ProcessSettings(int nbthread, int maxconn, String node, int cliMaxconn, int bindListeners,
        boolean chroot, boolean runsAsUser, List<EventRing> rings, List<NamedSection<String>> resolvers,
        List<NamedSection<Peer>> peers, OptionalInt maxReloads) {

    public static final int DEFAULT_CLI_MAXCONN = 10;
    public static final ProcessSettings DEFAULTS =
            new ProcessSettings(0, 0, null, DEFAULT_CLI_MAXCONN, 0, false, false, List.of(), List.of(), List.of(),
                    OptionalInt.empty());

    public ProcessSettings {
        rings = List.copyOf(rings);
        resolvers = List.copyOf(resolvers);
        peers = List.copyOf(peers);
    }
}
