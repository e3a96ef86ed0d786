package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.state.proxy.Proxies;
import io.hapsim.simulator.state.proxy.Proxy;
import io.hapsim.simulator.state.proxy.Server;
import java.util.Optional;

/**
 * The server a "track [&lt;backend&gt;/]&lt;server&gt;" keyword of {@code add server} names, or why it cannot be
 * tracked.
 *
 * @param server  the server to track, or null
 * @param problem HAProxy's reason, or null
 */
record TrackTarget(Server server, String problem) {

    static TrackTarget find(Proxies proxies, Proxy backend, String text) {
        int slash = text.indexOf('/');
        Proxy proxy = backend;
        if (slash >= 0) {
            String proxyName = text.substring(0, slash);
            Optional<Proxy> named = proxies.find(proxyName).filter(Proxy::isBackend);
            if (named.isEmpty()) {
                return failure("unable to find required proxy '" + proxyName + "' for tracking.");
            }
            proxy = named.get();
        }
        String serverName = text.substring(slash + 1);
        Optional<Server> server = proxy.server(serverName);
        if (server.isEmpty()) {
            return failure("unable to find required server '" + serverName + "' for tracking.");
        }
        String qualified = proxy.name() + "/" + serverName;
        if (server.get().addedAtRunTime()) {
            return failure("unable to use " + qualified + " for tracking as it is a dynamic server.");
        }
        if (!server.get().health().configured() && !server.get().agent().configured()) {
            return failure("unable to use " + qualified + " for tracking as it does not have any check nor agent"
                    + " enabled.");
        }
        return new TrackTarget(server.get(), null);
    }

    private static TrackTarget failure(String problem) {
        return new TrackTarget(null, problem);
    }
}
