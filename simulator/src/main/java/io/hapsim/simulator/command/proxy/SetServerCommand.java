package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.config.CNumber;
import io.hapsim.simulator.state.proxy.AdminState;
import io.hapsim.simulator.state.proxy.OpState;
import io.hapsim.simulator.state.proxy.Server;

/**
 * {@code set server <backend>/<server> weight|state|health|agent|agent-addr|agent-port|agent-send|check-addr|
 * check-port|addr|fqdn|ssl ...}.
 */
final class SetServerCommand implements CommandHandler {

    private static final String USAGE = "usage: set server <backend>/<server> addr | agent | agent-addr | agent-port"
            + " | agent-send | check-addr | check-port | fqdn | health | ssl | state | weight\n";
    private static final String NO_HEALTH_CHECK = "health checks are not enabled on this server";
    private static final String NO_AGENT_CHECK = "agent checks are not enabled on this server";

    @Override
    public Reply handle(CommandContext ctx) {
        ServerLookup lookup = ServerLookup.findEnabled(ctx.runtime().proxies(), ctx.arg(2));
        if (lookup.server() == null) {
            return lookup.error();
        }
        Server server = lookup.server();
        ProxyBehaviour behaviour = ProxyBehaviour.of(ctx.profile());
        String value = ctx.arg(4);
        return switch (ctx.arg(3)) {
            case "weight" -> result(behaviour, WeightChange.apply(server, value));
            case "state" -> state(server, value);
            case "health" -> health(server, value);
            case "agent" -> agent(server, value);
            case "agent-addr", "agent-port" -> agentSetting(server, ctx.arg(3), value, behaviour);
            case "agent-send" -> {
                if (!server.agent().enabled()) {
                    yield Reply.error(NO_AGENT_CHECK + ".\n");
                }
                server.setAgentSend(value);
                yield Reply.EMPTY;
            }
            case "check-addr", "check-port" -> checkSetting(server, ctx.arg(3), value, behaviour);
            case "addr" -> AddressChange.apply(server, value, ctx.arg(5).equals("port") ? ctx.arg(6) : null,
                    behaviour);
            case "fqdn" -> Reply.error("set server <b>/<s> fqdn failed because no resolution is configured.\n");
            case "ssl" -> Reply.error(
                    "'set server <srv> ssl' cannot be set.  default-server should define ssl settings\n");
            default -> Reply.error(USAGE);
        };
    }

    private static Reply result(ProxyBehaviour behaviour, String error) {
        return error == null ? Reply.EMPTY : Reply.error(behaviour.message(error));
    }

    private static Reply state(Server server, String word) {
        AdminState state = AdminState.fromWord(word);
        if (state == null) {
            return Reply.error("'set server <srv> state' expects 'ready', 'drain' and 'maint'.\n");
        }
        state.applyTo(server);
        return Reply.EMPTY;
    }

    private static Reply health(Server server, String health) {
        if (server.tracked() != null) {
            return Reply.error("cannot change health on a tracking server.\n");
        }
        switch (health) {
            case "up" -> server.forceHealth(OpState.RUNNING);
            case "stopping" -> server.forceHealth(OpState.STOPPING);
            case "down" -> server.forceHealth(OpState.STOPPED);
            default -> {
                return Reply.error("'set server <srv> health' expects 'up', 'stopping', or 'down'.\n");
            }
        }
        return Reply.EMPTY;
    }

    private static Reply agent(Server server, String agent) {
        if (!server.agent().enabled()) {
            return Reply.error(NO_AGENT_CHECK + ".\n");
        }
        switch (agent) {
            case "up" -> server.forceAgent(true);
            case "down" -> server.forceAgent(false);
            default -> {
                return Reply.error("'set server <srv> agent' expects 'up' or 'down'.\n");
            }
        }
        return Reply.EMPTY;
    }

    private static Reply agentSetting(Server server, String setting, String value, ProxyBehaviour behaviour) {
        if (!server.agent().enabled()) {
            return Reply.error(behaviour.message(NO_AGENT_CHECK));
        }
        if (setting.equals("agent-addr")) {
            server.setAgentAddress(value);
        } else {
            server.setAgentPort(CNumber.atoi(value));
        }
        return Reply.EMPTY;
    }

    private static Reply checkSetting(Server server, String setting, String value, ProxyBehaviour behaviour) {
        if (!server.health().enabled()) {
            return Reply.error(behaviour.message(NO_HEALTH_CHECK));
        }
        if (setting.equals("check-addr")) {
            if (behaviour.refusesCheckAddresses()) {
                return Reply.error(behaviour.message("invalid addr '" + value + "'"));
            }
            server.setCheckAddress(value);
        } else {
            server.setCheckPort(CNumber.atoi(value));
        }
        return Reply.EMPTY;
    }
}
