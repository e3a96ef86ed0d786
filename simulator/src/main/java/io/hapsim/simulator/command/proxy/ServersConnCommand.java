package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.proxy.Proxy;
import io.hapsim.simulator.state.proxy.Server;
import java.util.List;
import java.util.Optional;

/**
 * {@code show servers conn [<backend>]}: each server's connection pool. No traffic flows, so nothing is used or
 * idle; a server whose health check ran has used the one connection that check needs. The idle connections are
 * counted per thread.
 */
final class ServersConnCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        List<Proxy> backends = ctx.runtime().proxies().all().stream().filter(Proxy::isBackend).toList();
        if (!ctx.arg(3).isEmpty()) {
            Optional<Proxy> named = ctx.runtime().proxies().backend(ctx.arg(3));
            if (named.isEmpty()) {
                return Reply.error("Can't find backend.\n");
            }
            backends = List.of(named.get());
        }
        List<String> columns = ProxyBehaviour.of(ctx.profile()).serversConnColumns();
        int threads = ctx.runtime().process().threads();
        StringBuilder out = new StringBuilder("# bkname/svname bkid/svid addr port - ")
                .append(String.join(" ", columns)).append(" idle_per_thr[").append(threads).append("]\n");
        for (Proxy backend : backends) {
            for (Server server : backend.servers()) {
                out.append(backend.name()).append('/').append(server.name()).append(' ').append(backend.id())
                        .append('/').append(server.id()).append(' ').append(server.address()).append(' ')
                        .append(server.port()).append(" -");
                for (String column : columns) {
                    out.append(' ').append(value(server, column));
                }
                out.append(" 0".repeat(threads)).append('\n');
            }
        }
        return Reply.text(out.toString());
    }

    private static int value(Server server, String column) {
        return switch (column) {
            case "purge_delay" -> server.purgeDelayMs();
            case "used_max", "need_est" -> server.neededConnections();
            case "idle_lim" -> server.idleConnectionLimit();
            default -> 0;
        };
    }
}
