package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.state.proxy.Check;
import io.hapsim.simulator.state.proxy.OpState;
import io.hapsim.simulator.state.proxy.Server;

/**
 * The status column of a server line: MAINT, DRAIN, NOLB, DOWN, UP or "no check", with HAProxy's refinements
 * ("MAINT (via px/srv)", "DOWN (agent)", "UP 1/3" while the health is not full).
 */
final class ServerStatus {

    private ServerStatus() {
    }

    static String of(Server server) {
        if (server.inheritedMaintenance()) {
            return "MAINT (via " + server.tracked().proxy().name() + "/" + server.tracked().name() + ")";
        }
        if (server.inMaintenance()) {
            return "MAINT";
        }
        Server reference = server.reference();
        Check check = reference.health();
        Check agent = reference.agent();
        return switch (server.op()) {
            case RUNNING, STARTING -> running(server, check, agent, reference);
            case STOPPING -> (!server.health().enabled() && server.tracked() == null)
                    || check.health() == check.fullHealth() ? "NOLB" : "NOLB" + progress(reference);
            case STOPPED -> stopped(check, agent, reference);
        };
    }

    private static String running(Server server, Check check, Check agent, Server reference) {
        boolean goingDown = check.enabled() && check.health() < check.fullHealth();
        if (server.draining()) {
            if (agent.enabled()) {
                return "DRAIN (agent)";
            }
            return goingDown ? "DRAIN" + progress(reference) : "DRAIN";
        }
        if (goingDown) {
            return "UP" + progress(reference);
        }
        return check.enabled() ? "UP" : "no check";
    }

    private static String stopped(Check check, Check agent, Server reference) {
        if (agent.enabled() && agent.health() == 0) {
            return "DOWN (agent)";
        }
        if (check.enabled() && check.health() == 0) {
            return "DOWN";
        }
        if (agent.enabled() || check.enabled()) {
            return "DOWN" + progress(reference);
        }
        return "DOWN";
    }

    /** " health/fall" on the way down, " health/rise" on the way up. */
    private static String progress(Server reference) {
        Check check = reference.health();
        return reference.op() != OpState.STOPPED
                ? " " + (check.health() - check.rise() + 1) + "/" + check.fall()
                : " " + check.health() + "/" + check.rise();
    }
}
