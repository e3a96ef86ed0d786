package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.proxy.Proxies;
import io.hapsim.simulator.state.proxy.Proxy;
import io.hapsim.simulator.state.proxy.Server;
import java.util.Optional;

/**
 * Finds the server a {@code <backend>/<server>} argument names (either part may be "#id"), or the error
 * HAProxy answers.
 *
 * @param server the server, or null
 * @param error  the answer when there is no server, or null
 */
record ServerLookup(Server server, Reply error) {

    /** The lookup of "get weight": any backend, even disabled. */
    static ServerLookup find(Proxies proxies, String argument) {
        int slash = argument.indexOf('/');
        if (slash < 0) {
            return failure("Require 'backend/server'.\n");
        }
        Optional<Proxy> backend = proxies.backend(argument.substring(0, slash));
        if (backend.isEmpty()) {
            return failure("No such backend.\n");
        }
        return backend.get().serverByNameOrId(argument.substring(slash + 1))
                .map(s -> new ServerLookup(s, null))
                .orElseGet(() -> failure("No such server.\n"));
    }

    /** The lookup of commands that change a server: its proxy must have started. */
    static ServerLookup findEnabled(Proxies proxies, String argument) {
        ServerLookup lookup = find(proxies, argument);
        if (lookup.server() != null && lookup.server().proxy().disabled()) {
            return failure("Proxy is disabled.\n");
        }
        return lookup;
    }

    private static ServerLookup failure(String message) {
        return new ServerLookup(null, Reply.error(message));
    }
}
