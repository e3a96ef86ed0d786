package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.config.CNumber;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.state.ServerLog;
import io.hapsim.simulator.state.proxy.Proxies;
import io.hapsim.simulator.state.proxy.Proxy;
import io.hapsim.simulator.state.proxy.Server;
import io.hapsim.simulator.state.proxy.ServerAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code add server <backend>/<server> <addr>[:<port>] [keywords...]}: a server read as a "server" line is (without
 * the default-server settings), which starts in maintenance with its checks not enabled. Each refusal is the one
 * HAProxy gives at that stage: lookups answer plainly; what the server line's parsing finds is logged as an alert
 * and answered from there, as the success is (logged as a notice). Keywords are checked against the version's
 * table; among their arguments, weight, id, track and the address's port are validated, the others taken as given.
 */
final class AddServerCommand implements CommandHandler {

    /** The context "add server" logs under (see {@link io.hapsim.simulator.state.MessageContext}). */
    private static final String LABEL = "CLI";
    private static final int MAX_WEIGHT = 256;
    private static final int MAX_PORT = 65535;

    @Override
    public Reply handle(CommandContext ctx) {
        ProxyBehaviour behaviour = ProxyBehaviour.of(ctx.profile());
        ctx.session().messageContext().set(LABEL);
        if (!ctx.session().level().atLeast(AccessLevel.ADMIN)) {
            return Reply.permissionDenied();
        }
        String target = ctx.arg(2);
        // HAProxy looks for the slash from the second character on
        int slash = target.indexOf('/', 1);
        if (slash < 0 || slash == target.length() - 1) {
            return Reply.error(behaviour.message("Require 'backend/server'."));
        }
        String backendName = target.substring(0, slash);
        String name = target.substring(slash + 1);
        Proxies proxies = ctx.runtime().proxies();
        Optional<Proxy> backend = proxies.find(backendName).filter(Proxy::isBackend);
        if (backend.isEmpty()) {
            return Reply.error(behaviour.message("No such backend."));
        }
        if (!backend.get().dynamicWeights()) {
            return Reply.error(behaviour.message(String.format(behaviour.staticBalanceRefusal(), backendName)));
        }
        if (behaviour.addServerEarlyDuplicateCheck() && backend.get().server(name).isPresent()) {
            return Reply.error(behaviour.message("Already exists a server with the same name in backend."));
        }
        List<String> words = new ArrayList<>(List.of("server", name));
        words.addAll(ctx.args().subList(Math.min(3, ctx.args().size()), ctx.args().size()));
        words.removeIf(String::isEmpty);
        return new Parse(ctx, behaviour, backend.get(), words).run();
    }

    /** One server line being read: each refusal is logged, answered, and ends the command's context. */
    private static final class Parse {

        private final CommandContext ctx;
        private final ProxyBehaviour behaviour;
        private final Proxy backend;
        private final List<String> words;
        private final String name;
        /** What HAProxy logs before the messages about the server once it exists. */
        private final String serverLabel;

        Parse(CommandContext ctx, ProxyBehaviour behaviour, Proxy backend, List<String> words) {
            this.ctx = ctx;
            this.behaviour = behaviour;
            this.backend = backend;
            this.words = words;
            this.name = words.get(1);
            this.serverLabel = "'server " + backend.name() + "/" + name + "' : ";
        }

        Reply run() {
            if (words.size() < 3) {
                return refuse("", "'server' expects <name> and <addr>[:<port>] as arguments.");
            }
            Character invalid = ProxyNames.firstInvalidChar(name);
            if (invalid != null) {
                return refuse("", "character '" + invalid + "' is not permitted in server name '" + name + "'.");
            }
            String addressProblem = portProblem(words.get(2));
            if (addressProblem != null) {
                return refuse(serverLabel, addressProblem);
            }
            ServerKeywords keywords = ServerKeywords.of(ctx.profile());
            String track = null;
            for (int i = 3; i < words.size(); ) {
                String keyword = words.get(i);
                Optional<ServerKeywords.Keyword> known = keywords.find(keyword);
                if (known.isEmpty()) {
                    String best = keywords.suggestion(keyword);
                    return refuse(serverLabel, "unknown keyword '" + keyword + "'"
                            + (best != null ? "; did you mean '" + best + "' maybe ?" : "."));
                }
                if (!known.get().dynamic()) {
                    return refuse(serverLabel, "'" + keyword + "' option is not accepted for dynamic server");
                }
                String argument = i + 1 < words.size() ? words.get(i + 1) : "";
                String problem = argumentProblem(keyword, argument);
                if (problem != null) {
                    // HAProxy closes a keyword's own message with a period of its own
                    return refuse(serverLabel, problem + ".");
                }
                if (keyword.equals("track")) {
                    track = argument;
                }
                // a keyword reading as many arguments as it needs ("source") takes one here
                i += 1 + (known.get().arguments() < 0 ? 1 : known.get().arguments());
            }
            Server tracked = null;
            if (track != null) {
                TrackTarget target = TrackTarget.find(ctx.runtime().proxies(), backend, track);
                if (target.problem() != null) {
                    return refuse(serverLabel, target.problem());
                }
                tracked = target.server();
            }
            if (!behaviour.addServerEarlyDuplicateCheck() && backend.server(name).isPresent()) {
                return refuse(serverLabel, "Already exists a server with the same name in backend.");
            }
            ctx.runtime().proxies().addServer(backend, words, tracked, behaviour.addedServers());
            log().notice(serverLabel + "New server registered.\n");
            return answered(Reply.info("New server registered.\n"));
        }

        /** What the server line's checks of weight and id find wrong with {@code argument}, or null. */
        private String argumentProblem(String keyword, String argument) {
            switch (keyword) {
                case "weight" -> {
                    long weight = CNumber.read(argument, 10).value();
                    if (weight < 0 || weight > MAX_WEIGHT) {
                        return "weight of server " + name + " is not within 0 and " + MAX_WEIGHT + " (" + weight + ").";
                    }
                }
                case "id" -> {
                    long id = CNumber.read(argument, 10).value();
                    if (id <= 0) {
                        return "'id' : " + behaviour.serverIdRange();
                    }
                    Optional<Server> holder = backend.servers().stream().filter(s -> s.id() == id).findFirst();
                    if (holder.isPresent()) {
                        String at = holder.get().declaredAt() != null ? holder.get().declaredAt() : "(null):0";
                        return "'id' : custom id " + id + " already used at " + at + " ('server "
                                + holder.get().name() + "')";
                    }
                }
                default -> {
                    // taken as given
                }
            }
            return null;
        }

        private Reply refuse(String label, String message) {
            log().alert(label + message + "\n");
            return answered(Reply.error(message + "\n"));
        }

        /** An answer printed from the messages the command logged, which ends its context where the version does. */
        private Reply answered(Reply reply) {
            if (!behaviour.addServerLabelSticky()) {
                ctx.session().messageContext().clear();
            }
            return reply;
        }

        private ServerLog log() {
            return ctx.runtime().log();
        }
    }

    /** What is wrong with the port of a server address ({@code ip:port}, {@code [ipv6]:port}, a name), or null. */
    private static String portProblem(String address) {
        String port = ServerAddress.parse(address).port();
        for (int i = 0; i < port.length(); i++) {
            char c = port.charAt(i);
            if (!Character.isDigit(c) && !(i == 0 && (c == '+' || c == '-'))) {
                return "invalid character '" + c + "' in port number '" + port + "' in '" + address + "'";
            }
        }
        long value = port.isEmpty() ? 0 : Math.abs(CNumber.read(port, 10).value());
        return value > MAX_PORT ? "invalid port '" + port + "'" : null;
    }
}
