package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.proxy.Proxy;
import io.hapsim.simulator.state.proxy.Server;
import java.util.Optional;

/**
 * {@code del server <backend>/<server>}: deletes a server in maintenance that nothing else refers to (no server
 * tracks it); its id is free for the next one added. Nothing holds connections in hapsim, so a server in
 * maintenance never waits for its last ones.
 */
final class DelServerCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        ProxyBehaviour behaviour = ProxyBehaviour.of(ctx.profile());
        String target = ctx.arg(2);
        int slash = target.indexOf('/');
        if (slash < 0 || slash == target.length() - 1) {
            return Reply.error(behaviour.message("Require 'backend/server'."));
        }
        Optional<Proxy> backend = ctx.runtime().proxies().backend(target.substring(0, slash));
        if (backend.isEmpty()) {
            return Reply.error(behaviour.message("No such backend."));
        }
        Optional<Server> found = backend.get().serverByNameOrId(target.substring(slash + 1));
        if (found.isEmpty()) {
            return Reply.error(behaviour.message("No such server."));
        }
        Server server = found.get();
        String obstacle = ServerRemoval.obstacle(server, behaviour);
        if (obstacle != null) {
            return Reply.error(behaviour.message(obstacle));
        }
        ctx.runtime().proxies().removeServer(server);
        ctx.runtime().log().notice("Server deleted.\n");
        return Reply.info(behaviour.message("Server deleted."));
    }
}
