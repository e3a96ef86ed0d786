package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.state.proxy.Check;
import io.hapsim.simulator.state.proxy.OpState;
import io.hapsim.simulator.state.proxy.Server;
import java.util.List;

/** The words after show stat's filter: the format (last one wins), "desc", and which servers to hide. */
record StatOptions(Kind kind, boolean descriptions, boolean hideMaintenance, boolean hideDown) {

    enum Kind { CSV, TYPED, JSON }

    static StatOptions parse(List<String> words) {
        Kind kind = Kind.CSV;
        boolean descriptions = false;
        boolean hideMaintenance = false;
        boolean hideDown = false;
        for (String word : words) {
            switch (word) {
                case "typed" -> kind = Kind.TYPED;
                case "json" -> kind = Kind.JSON;
                case "desc" -> descriptions = true;
                case "no-maint" -> hideMaintenance = true;
                case "up" -> hideDown = true;
                default -> {
                    // HAProxy ignores other words
                }
            }
        }
        return new StatOptions(kind, descriptions, hideMaintenance, hideDown);
    }

    StatFormat format(ProxyBehaviour behaviour) {
        return switch (kind) {
            case CSV -> new StatCsv();
            case TYPED -> new StatTyped(descriptions);
            case JSON -> new StatJson(behaviour.jsonFinalLf());
        };
    }

    /** "no-maint" hides servers in maintenance; "up" also hides those down and not coming back up. */
    boolean shows(Server server) {
        if ((hideMaintenance || hideDown) && server.inMaintenance()) {
            return false;
        }
        return !hideDown || !downForGood(server);
    }

    private static boolean downForGood(Server server) {
        Server reference = server.reference();
        Check check = reference.health();
        Check agent = reference.agent();
        return server.op() == OpState.STOPPED && (!(check.enabled() || agent.enabled())
                || (agent.enabled() && agent.health() == 0) || (check.enabled() && check.health() == 0));
    }
}
