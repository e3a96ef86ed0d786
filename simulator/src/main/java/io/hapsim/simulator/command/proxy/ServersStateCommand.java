package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.proxy.Proxy;
import io.hapsim.simulator.state.proxy.Server;
import java.util.List;
import java.util.Optional;

/**
 * {@code show servers state [<backend>]}: the format-1 dump HAProxy reloads its server states from, one line per
 * server of every backend (disabled ones included), or of one backend.
 */
final class ServersStateCommand implements CommandHandler {

    private static final String HEADER = "1\n# be_id be_name srv_id srv_name srv_addr srv_op_state srv_admin_state"
            + " srv_uweight srv_iweight srv_time_since_last_change srv_check_status srv_check_result"
            + " srv_check_health srv_check_state srv_agent_state bk_f_forced_id srv_f_forced_id srv_fqdn srv_port"
            + " srvrecord srv_use_ssl srv_check_port srv_check_addr srv_agent_addr srv_agent_port\n";

    @Override
    public Reply handle(CommandContext ctx) {
        List<Proxy> backends;
        if (ctx.arg(3).isEmpty()) {
            backends = ctx.runtime().proxies().all().stream().filter(Proxy::isBackend).toList();
        } else {
            Optional<Proxy> backend = ctx.runtime().proxies().backend(ctx.arg(3));
            if (backend.isEmpty()) {
                return Reply.error("Can't find backend.\n");
            }
            backends = List.of(backend.get());
        }
        return Reply.stream(DumpSource.of(HEADER,
                backends.stream().flatMap(p -> p.servers().stream()).iterator(), ServersStateCommand::line, ""));
    }

    private static String line(Server server) {
        Proxy proxy = server.proxy();
        return proxy.id() + " " + proxy.name() + " " + server.id() + " " + server.name() + " " + orDash(server.ipAddress())
                + " " + server.op().ordinal() + " " + server.admin() + " " + server.userWeight() + " "
                + server.initialWeight() + " " + server.secondsSinceChange() + " " + server.health().status().code()
                + " " + server.health().resultCode() + " " + server.health().health() + " "
                + server.health().stateBits() + " " + server.agent().stateBits() + " " + (proxy.idForced() ? 1 : 0)
                + " " + (server.idForced() ? 1 : 0) + " " + orDash(server.fqdn()) + " " + server.port() + " - 0 "
                + server.health().port() + " " + orDash(server.health().address()) + " "
                + orDash(server.agent().address()) + " " + server.agent().port() + "\n";
    }

    private static String orDash(String value) {
        return value == null || value.isEmpty() ? "-" : value;
    }
}
