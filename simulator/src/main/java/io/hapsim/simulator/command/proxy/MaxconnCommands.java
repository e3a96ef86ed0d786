package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.config.CNumber;
import io.hapsim.simulator.state.proxy.Proxies;
import io.hapsim.simulator.state.proxy.Proxy;
import java.util.Optional;

/** {@code set maxconn server <backend>/<server> <n>}, {@code set maxconn frontend <fe> <n>}, {@code set maxconn global <n>}. */
final class MaxconnCommands {

    private MaxconnCommands() {
    }

    static Reply server(CommandContext ctx) {
        ServerLookup lookup = ServerLookup.findEnabled(ctx.runtime().proxies(), ctx.arg(3));
        if (lookup.server() == null) {
            return lookup.error();
        }
        String value = ctx.arg(4);
        if (value.isEmpty()) {
            return Reply.error("Require <maxconn>.\n");
        }
        int digits = value.startsWith("-") || value.startsWith("+") ? 1 : 0;
        int end = digits;
        while (end < value.length() && Character.isDigit(value.charAt(end))) {
            end++;
        }
        ProxyBehaviour behaviour = ProxyBehaviour.of(ctx.profile());
        if (end == digits) {
            return Reply.error(behaviour.message("maxconn string empty or preceded by garbage"));
        }
        if (end < value.length()) {
            return Reply.error(behaviour.message("Trailing garbage in maxconn string"));
        }
        lookup.server().setMaxconn(Math.max(0, CNumber.atoi(value)));
        return Reply.EMPTY;
    }

    static Reply frontend(CommandContext ctx) {
        if (ctx.arg(3).isEmpty()) {
            return Reply.error("A frontend name is expected.\n");
        }
        Optional<Proxy> frontend = ctx.runtime().proxies().frontend(ctx.arg(3));
        if (frontend.isEmpty()) {
            return Reply.error("No such frontend.\n");
        }
        if (ctx.arg(4).isEmpty()) {
            return Reply.error("Integer value expected.\n");
        }
        int value = CNumber.atoi(ctx.arg(4));
        if (value < 0) {
            return Reply.error("Value out of range.\n");
        }
        frontend.get().setMaxconn(value);
        return Reply.EMPTY;
    }

    /** Values up to the configured maxconn; 0, negative or garbage mean that maximum. */
    static Reply global(CommandContext ctx) {
        if (ctx.arg(3).isEmpty()) {
            return Reply.error("Expects an integer value.\n");
        }
        Proxies proxies = ctx.runtime().proxies();
        int value = CNumber.atoi(ctx.arg(3));
        if (value > proxies.hardMaxconn()) {
            return Reply.error("Value out of range.\n");
        }
        proxies.setGlobalMaxconn(value <= 0 ? proxies.hardMaxconn() : value);
        return Reply.EMPTY;
    }
}
