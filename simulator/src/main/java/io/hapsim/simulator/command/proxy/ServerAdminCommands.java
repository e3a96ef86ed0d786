package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.proxy.Server;
import java.util.function.Function;

/**
 * The older per-aspect commands: {@code enable|disable server|health|agent <backend>/<server>} (the first pair are
 * aliases of "set server ... state ready|maint").
 */
final class ServerAdminCommands {

    private ServerAdminCommands() {
    }

    static CommandHandler enableServer() {
        return onServer(server -> {
            server.makeReady();
            return Reply.EMPTY;
        });
    }

    static CommandHandler disableServer() {
        return onServer(server -> {
            server.enterMaintenance();
            return Reply.EMPTY;
        });
    }

    static CommandHandler enableHealth() {
        return onServer(server -> {
            if (!server.health().configured()) {
                return Reply.error("Health check was not configured on this server, cannot enable.\n");
            }
            server.enableHealthCheck(true);
            return Reply.EMPTY;
        });
    }

    static CommandHandler disableHealth() {
        return onServer(server -> {
            server.enableHealthCheck(false);
            return Reply.EMPTY;
        });
    }

    static CommandHandler enableAgent() {
        return onServer(server -> {
            if (!server.agent().configured()) {
                return Reply.error("Agent was not configured on this server, cannot enable.\n");
            }
            server.enableAgentCheck(true);
            return Reply.EMPTY;
        });
    }

    static CommandHandler disableAgent() {
        return onServer(server -> {
            server.enableAgentCheck(false);
            return Reply.EMPTY;
        });
    }

    private static CommandHandler onServer(Function<Server, Reply> action) {
        return (CommandContext ctx) -> {
            ServerLookup lookup = ServerLookup.findEnabled(ctx.runtime().proxies(), ctx.arg(2));
            return lookup.server() == null ? lookup.error() : action.apply(lookup.server());
        };
    }
}
