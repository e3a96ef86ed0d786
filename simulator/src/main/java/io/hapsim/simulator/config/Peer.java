package io.hapsim.simulator.config;

/**
 * A {@code peer <name> <address>} line of a peers section.
 *
 * @param name    the peer's name (the local peer's is the host name)
 * @param address its address as written, {@code ip:port}
 */
public record Peer(String name, String address) {
}
