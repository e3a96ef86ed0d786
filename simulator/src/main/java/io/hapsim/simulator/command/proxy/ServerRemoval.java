package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.state.proxy.Server;

/**
 * Whether "del server" may delete a server it found, checked in HAProxy's order; "wait srv-removable" asks the
 * same. Nothing holds connections in hapsim, so the one obstacle that passes with time never arises.
 */
final class ServerRemoval {

    private ServerRemoval() {
    }

    /** Why {@code server} cannot be deleted (without the final newline), or null if it can. */
    static String obstacle(Server server, ProxyBehaviour behaviour) {
        if (behaviour.deletesAddedServersOnly() && !server.addedAtRunTime()) {
            return "Only servers added at runtime via <add server> CLI cmd can be deleted.";
        }
        if (server.trackedByOthers()) {
            return "This server cannot be removed at runtime due to other configuration elements pointing to it.";
        }
        if (!server.inMaintenance()) {
            return "Only servers in maintenance mode can be deleted.";
        }
        return null;
    }
}
