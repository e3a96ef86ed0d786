package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;

/** {@code del backend <backend>}: removes an unpublished backend nothing points to (see {@link BackendRemoval}). */
final class DelBackendCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        if (!ctx.arg(3).isEmpty()) {
            return Reply.error("Usage: del backend <name>.\n");
        }
        String obstacle = BackendRemoval.obstacle(ctx.runtime().proxies(), ctx.arg(2));
        if (obstacle != null) {
            return Reply.error(obstacle + "\n");
        }
        ctx.runtime().proxies().remove(ctx.runtime().proxies().backend(ctx.arg(2)).orElseThrow());
        // unlike the other backend commands, HAProxy logs this one without the CLI context
        ctx.runtime().log().notice("Backend deleted.\n");
        return Reply.info("Backend deleted.\n");
    }
}
