package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.state.proxy.Proxies;
import io.hapsim.simulator.state.proxy.Proxy;
import java.util.Optional;

/**
 * Whether "del backend" may remove a backend, checked in HAProxy's order. A simulated backend never has streams
 * attached, so the one obstacle that passes with time never arises: every obstacle here is final.
 */
final class BackendRemoval {

    private BackendRemoval() {
    }

    /** Why the backend named {@code name} cannot be removed (without the final newline), or null if it can. */
    static String obstacle(Proxies proxies, String name) {
        Optional<Proxy> found = proxies.backend(name);
        if (found.isEmpty()) {
            return "No such backend.";
        }
        Proxy backend = found.get();
        if (backend.isFrontend()) {
            return "Cannot delete a listen section.";
        }
        if (backend.legacyRouting()) {
            return "Deletion of backend with deprecated dispatch/transparent options is not supported.";
        }
        if (backend.hasStickTable()) {
            return "Cannot remove a backend with stick-table.";
        }
        if (backend.referenced()) {
            return "This proxy cannot be removed at runtime due to other configuration elements pointing to it.";
        }
        if (!backend.mode().equals("tcp") && !backend.mode().equals("http")) {
            return "Only TCP or HTTP proxies can be removed at runtime.";
        }
        if (!backend.unpublished()) {
            return "Backend must be unpublished prior to its deletion.";
        }
        if (!backend.servers().isEmpty()) {
            return "Only a backend without server can be deleted.";
        }
        return null;
    }
}
