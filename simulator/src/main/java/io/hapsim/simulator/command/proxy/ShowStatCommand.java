package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.config.CNumber;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.state.proxy.Proxies;
import io.hapsim.simulator.state.proxy.Proxy;
import io.hapsim.simulator.state.proxy.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code show stat [domain proxy|resolvers] [<iid> <type> <sid>] [typed|json|desc|up|no-maint]*}: one line per
 * frontend, server and backend of the enabled proxies, in configuration order.
 */
final class ShowStatCommand implements CommandHandler {

    /** The resolvers domain's columns; hapsim simulates no resolvers, so it prints them alone. */
    private static final String RESOLVERS_HEADER = "# id,pid,sent,send_error,valid,update,cname,cname_error,"
            + "any_err,nx,timeout,refused,other,invalid,too_big,truncated,outdated,\n";

    /** "show stat <iid> <type> <sid>": -1 selects all. */
    private record Scope(int proxyId, int typeMask, int serverId) {

        static final Scope ALL = new Scope(-1, -1, -1);

        boolean selects(Proxy proxy) {
            return proxyId == -1 || proxy.id() == proxyId;
        }

        boolean selects(Server server) {
            return serverId == -1 || server.id() == serverId;
        }
    }

    @Override
    public Reply handle(CommandContext ctx) {
        Proxies proxies = ctx.runtime().proxies();
        int arg = 2;
        boolean resolvers = false;
        if (ctx.arg(arg).equals("domain")) {
            switch (ctx.arg(arg + 1)) {
                case "proxy" -> arg += 2;
                case "resolvers" -> {
                    resolvers = true;
                    arg += 2;
                }
                default -> {
                    return Reply.error("Invalid statistics domain.\n");
                }
            }
        }
        Scope scope = Scope.ALL;
        if (!resolvers && !ctx.arg(arg).isEmpty() && !ctx.arg(arg + 1).isEmpty() && !ctx.arg(arg + 2).isEmpty()) {
            String proxyArg = ctx.arg(arg);
            int proxyId = proxies.find(proxyArg).map(Proxy::id).orElseGet(() -> CNumber.atoi(proxyArg));
            if (proxyId == 0) {
                return Reply.error("No such proxy.\n");
            }
            scope = new Scope(proxyId, CNumber.atoi(ctx.arg(arg + 1)), CNumber.atoi(ctx.arg(arg + 2)));
            arg += 3;
        }
        StatOptions options = StatOptions.parse(ctx.args().subList(Math.min(arg, ctx.args().size()),
                ctx.args().size()));
        ProxyBehaviour behaviour = ProxyBehaviour.of(ctx.profile());
        StatFormat format = options.format(behaviour);
        if (resolvers) {
            return Reply.text(options.kind() == StatOptions.Kind.CSV ? RESOLVERS_HEADER
                    : format.header(List.of()) + format.footer());
        }
        List<StatColumn> columns = StatColumns.forProfile(ctx.profile());
        StatValues values = new StatValues(ctx.session().level().atLeast(AccessLevel.OPERATOR),
                options.hideDown() || options.hideMaintenance(), behaviour.defaultAlgorithm());
        List<Supplier<StatLine>> lines = select(proxies, scope, options, columns, values);
        boolean[] first = {true};
        return Reply.stream(DumpSource.of(format.header(columns), lines.iterator(), line -> {
            String text = format.line(columns, line.get(), first[0]);
            first[0] = false;
            return text;
        }, format.footer()));
    }

    private static List<Supplier<StatLine>> select(Proxies proxies, Scope scope, StatOptions options,
            List<StatColumn> columns, StatValues values) {
        List<Supplier<StatLine>> lines = new ArrayList<>();
        for (Proxy proxy : proxies.all()) {
            if (proxy.disabled() || !scope.selects(proxy)) {
                continue;
            }
            if (proxy.isFrontend() && StatObject.FRONTEND.selectedBy(scope.typeMask())) {
                lines.add(() -> StatLine.frontend(proxy, columns, values));
            }
            if (!proxy.isBackend()) {
                continue;
            }
            if (StatObject.SERVER.selectedBy(scope.typeMask())) {
                for (Server server : proxy.servers()) {
                    if (scope.selects(server) && options.shows(server)) {
                        lines.add(() -> StatLine.server(server, columns, values));
                    }
                }
            }
            if (StatObject.BACKEND.selectedBy(scope.typeMask())) {
                lines.add(() -> StatLine.backend(proxy, columns, values));
            }
        }
        return lines;
    }
}
