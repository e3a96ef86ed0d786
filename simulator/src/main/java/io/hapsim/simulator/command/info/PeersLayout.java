package io.hapsim.simulator.command.info;

import io.hapsim.simulator.command.VersionProperties;
import io.hapsim.simulator.version.VersionProfile;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How one version writes {@code show peers}, read from the {@code peers.*} keys of
 * {@code diagnostics/<label>.properties}.
 *
 * @param waitingFlags   the section's flags while it waits for its first resync
 * @param timedOutFlags  its flags once that wait timed out
 * @param peerStates     what follows a peer's address before {@code last_status}, "" when nothing
 * @param commitUpdate   a shared table's line says {@code commitupdate}
 * @param connectStatus  the {@code last_status} of a remote peer that nothing answers
 */
record PeersLayout(String waitingFlags, String timedOutFlags, String peerStates,
        boolean commitUpdate, String connectStatus) {

    private static final Map<String, PeersLayout> CACHE = new ConcurrentHashMap<>();

    static PeersLayout of(VersionProfile profile) {
        return CACHE.computeIfAbsent(profile.label(), PeersLayout::load);
    }

    private static PeersLayout load(String label) {
        VersionProperties properties = VersionProperties.load("diagnostics", label);
        String[] flags = properties.value("peers.flags").split(",");
        return new PeersLayout(flags[0], flags[1],
                properties.value("peers.peerStates"), properties.flag("peers.commitUpdate"),
                properties.value("peers.connectStatus"));
    }
}
