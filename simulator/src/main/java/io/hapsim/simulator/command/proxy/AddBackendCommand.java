package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.proxy.DefaultsSection;
import io.hapsim.simulator.state.proxy.Proxies;
import io.hapsim.simulator.state.proxy.Proxy;
import java.util.Optional;
import java.util.Set;

/**
 * {@code add backend <name> from <defaults> [mode <mode>] [guid <guid>]}: a backend without servers, built from a
 * named defaults section, added unpublished at the end of the proxy list. The guid is accepted but not kept.
 */
final class AddBackendCommand implements CommandHandler {

    private static final String USAGE = "Usage: add backend <name> from <defproxy>.\n";
    private static final String USAGE_WITH_OPTIONS =
            "Usage: add backend <name> from <defproxy> [mode <px_mode>] [guid <val>].\n";
    /** Modes HAProxy knows but a dynamic backend cannot take. */
    private static final Set<String> OTHER_MODES = Set.of("log", "spop");

    @Override
    public Reply handle(CommandContext ctx) {
        String name = ctx.arg(2);
        if (name.isEmpty()) {
            return Reply.error("Require backend name.\n");
        }
        Character invalid = ProxyNames.firstInvalidChar(name);
        if (invalid != null) {
            return Reply.error("Invalid character '" + invalid + "' in backend name.\n");
        }
        String defaultsName = ctx.arg(4);
        if (!ctx.arg(3).equals("from") || defaultsName.isEmpty()) {
            return Reply.error(USAGE);
        }
        String mode = null;
        boolean guid = false;
        for (int i = 5; !ctx.arg(i).isEmpty(); i += 2) {
            String value = ctx.arg(i + 1);
            if (!value.isEmpty() && mode == null && ctx.arg(i).equals("mode")) {
                if (OTHER_MODES.contains(value)) {
                    return Reply.error("Dynamic backends are compatible with only TCP or HTTP mode.\n");
                }
                if (!isTcpOrHttp(value)) {
                    return Reply.error("Unknown proxy mode.\n");
                }
                mode = value;
            } else if (!value.isEmpty() && !guid && ctx.arg(i).equals("guid")) {
                guid = true;
            } else {
                return Reply.error(USAGE_WITH_OPTIONS);
            }
        }
        Proxies proxies = ctx.runtime().proxies();
        Optional<DefaultsSection> defaults = proxies.defaults(defaultsName);
        if (defaults.isEmpty()) {
            return Reply.error("Cannot find default proxy '" + defaultsName + "'.\n");
        }
        if (!defaults.get().explicitMode() && mode == null) {
            return Reply.error("Mode is required as '" + defaultsName
                    + "' default proxy does not explicitly defines it.\n");
        }
        if (!isTcpOrHttp(defaults.get().mode())) {
            return Reply.error("Dynamic backends only support TCP or HTTP mode, whereas default proxy '"
                    + defaultsName + "' uses 'mode " + defaults.get().mode() + "'.\n");
        }
        String holder = proxies.find(name).map(AddBackendCommand::kind)
                .orElse(proxies.defaults(name).isPresent() ? "defaults" : null);
        if (holder != null) {
            return Reply.error("Error during backend creation : name is already used by other proxy '"
                    + holder + " " + name + "'.\n");
        }
        Proxy backend = proxies.addBackend(name, defaults.get(), mode);
        String registered = backend.dynamicWeights() ? "New backend registered"
                : "New backend registered (no support for dynamic servers: backend '" + name
                        + "' uses a non dynamic load balancing method)";
        ctx.runtime().log().notice("CLI : " + registered + ".\n");
        return Reply.info(registered + ".\n");
    }

    private static boolean isTcpOrHttp(String mode) {
        return mode.equals("tcp") || mode.equals("http");
    }

    /** How HAProxy names a proxy's kind: a listen section is a "proxy". */
    private static String kind(Proxy proxy) {
        if (proxy.isFrontend() && proxy.isBackend()) {
            return "proxy";
        }
        return proxy.isFrontend() ? "frontend" : "backend";
    }
}
