package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.proxy.FrontendState;
import io.hapsim.simulator.state.proxy.Proxy;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code disable|enable|shutdown frontend <frontend>}: pausing, resuming and stopping a frontend's listeners. A
 * frontend disabled in the configuration counts as shut down.
 */
final class FrontendCommands {

    private FrontendCommands() {
    }

    static Reply disable(CommandContext ctx) {
        return onFrontend(ctx, frontend -> switch (frontend.frontendState()) {
            case STOPPED -> Reply.error("Frontend was previously shut down, cannot disable.\n");
            case PAUSED -> Reply.error("All sockets are already disabled.\n");
            case OPEN -> {
                frontend.setFrontendState(FrontendState.PAUSED);
                ctx.runtime().log().warning("Paused frontend " + frontend.name() + ".\n");
                yield Reply.EMPTY;
            }
        });
    }

    static Reply enable(CommandContext ctx) {
        return onFrontend(ctx, frontend -> switch (frontend.frontendState()) {
            case STOPPED -> Reply.error("Frontend was previously shut down, cannot enable.\n");
            case OPEN -> Reply.error("All sockets are already enabled.\n");
            case PAUSED -> {
                frontend.setFrontendState(FrontendState.OPEN);
                ctx.runtime().log().warning("Resumed frontend " + frontend.name() + ".\n");
                yield Reply.EMPTY;
            }
        });
    }

    static Reply shutdown(CommandContext ctx) {
        return onFrontend(ctx, frontend -> {
            if (frontend.frontendState() == FrontendState.STOPPED) {
                return Reply.error("Frontend was already shut down.\n");
            }
            frontend.setFrontendState(FrontendState.STOPPED);
            ctx.runtime().log().warning("Proxy " + frontend.name() + " stopped (cumulated conns: FE: 0, BE: 0).\n");
            return Reply.EMPTY;
        });
    }

    private static Reply onFrontend(CommandContext ctx, Function<Proxy, Reply> action) {
        if (ctx.arg(2).isEmpty()) {
            return Reply.error("A frontend name is expected.\n");
        }
        Optional<Proxy> frontend = ctx.runtime().proxies().frontend(ctx.arg(2));
        return frontend.map(action).orElseGet(() -> Reply.error("No such frontend.\n"));
    }
}
