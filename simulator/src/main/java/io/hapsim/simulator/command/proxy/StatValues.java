package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.state.proxy.Check;
import io.hapsim.simulator.state.proxy.InetText;
import io.hapsim.simulator.state.proxy.Proxy;
import io.hapsim.simulator.state.proxy.Server;

/**
 * The show stat columns computed from the configuration and the runtime state ("=" in the column files), per
 * kind of line: a value, or null when the field is absent (an empty string is a present, empty field, which the
 * typed and JSON outputs list). Everything else is a constant of the column file: no traffic ever flows.
 *
 * @param legends      addresses, cookies and algorithms are shown (sessions of level operator or admin)
 * @param serverCounts the backend status is followed by "(up/total)" servers ("up" or "no-maint" option)
 * @param defaultAlgorithm the algorithm of a backend without "balance" in this version
 */
record StatValues(boolean legends, boolean serverCounts, String defaultAlgorithm) {

    String frontend(Proxy proxy, String column) {
        return switch (column) {
            case "pxname" -> proxy.name();
            case "svname" -> "FRONTEND";
            case "slim" -> Integer.toString(proxy.maxconn());
            case "status" -> proxy.frontendState().status();
            case "iid" -> Integer.toString(proxy.id());
            case "rate_lim" -> Integer.toString(proxy.rateLimit());
            case "mode" -> proxy.mode();
            default -> throw unknown("frontend", column);
        };
    }

    String backend(Proxy proxy, String column) {
        return switch (column) {
            case "pxname" -> proxy.name();
            case "svname" -> "BACKEND";
            case "slim" -> Integer.toString(proxy.fullconn());
            case "status" -> backendStatus(proxy);
            case "weight", "uweight" -> Integer.toString(proxy.totalWeight());
            case "act" -> Integer.toString(proxy.activeServers());
            case "bck" -> Integer.toString(proxy.backupServers());
            case "chkdown" -> Long.toString(proxy.downTransitions());
            case "lastchg" -> Long.toString(proxy.secondsSinceChange());
            case "downtime" -> proxy.servers().isEmpty() ? null : Long.toString(proxy.downtime());
            case "iid" -> Integer.toString(proxy.id());
            case "cookie" -> legends && proxy.cookieName() != null ? proxy.cookieName() : null;
            case "mode" -> proxy.mode();
            case "algo" -> legends ? algorithmName(proxy.algorithm() != null ? proxy.algorithm() : defaultAlgorithm)
                    : null;
            default -> throw unknown("backend", column);
        };
    }

    String server(Server server, String column) {
        Check check = server.health();
        Check agent = server.agent();
        Server reference = server.reference();
        return switch (column) {
            case "pxname" -> server.proxy().name();
            case "svname" -> server.name();
            case "slim" -> server.maxconn() > 0 ? Integer.toString(server.maxconn()) : null;
            case "status" -> ServerStatus.of(server);
            case "weight" -> Integer.toString(server.shownWeight());
            case "uweight" -> Integer.toString(server.userWeight());
            case "act" -> server.backup() ? "0" : "1";
            case "bck" -> server.backup() ? "1" : "0";
            case "chkfail" -> check.enabled() ? "0" : null;
            case "chkdown" -> check.enabled() ? Long.toString(server.downTransitions()) : null;
            case "lastchg" -> Long.toString(server.secondsSinceCountedChange());
            case "downtime" -> check.enabled() ? Long.toString(server.downtime()) : null;
            case "qlimit" -> server.maxqueue() > 0 ? Integer.toString(server.maxqueue()) : null;
            case "iid" -> Integer.toString(server.proxy().id());
            case "sid" -> Integer.toString(server.id());
            case "srid" -> Integer.toString(server.revision());
            // computed where the column files say (2.x): only a limit shows
            case "src_ilim" -> server.idleConnectionLimit() < 0 ? null : Integer.toString(server.idleConnectionLimit());
            case "tracked" -> server.tracked() == null ? null
                    : server.tracked().proxy().name() + "/" + server.tracked().name();
            case "hanafail" -> server.observed() ? "0" : null;
            case "need_conn_est" -> Integer.toString(server.neededConnections());
            case "addr" -> legends ? address(server) : null;
            case "cookie" -> legends && server.cookie() != null ? server.cookie() : null;
            case "mode" -> server.proxy().mode();
            case "check_status" -> check.running() ? check.status().label() : null;
            case "check_code" -> check.running() && check.responseCode() >= 0
                    ? Integer.toString(check.responseCode()) : null;
            case "check_duration" -> check.running() && check.status().completed() ? "0" : null;
            case "check_desc" -> check.running() ? check.status().description() : null;
            case "last_chk" -> check.running() ? "" : null;
            case "check_rise" -> check.running() ? Integer.toString(reference.health().rise()) : null;
            case "check_fall" -> check.running() ? Integer.toString(reference.health().fall()) : null;
            case "check_health" -> check.running() ? Integer.toString(reference.health().health()) : null;
            case "agent_status" -> agent.running() ? agent.status().label() : null;
            case "agent_code" -> agent.running() && agent.responseCode() >= 0
                    ? Integer.toString(agent.responseCode()) : null;
            case "agent_duration" -> agent.running() ? "0" : null;
            case "agent_desc" -> agent.running() ? agent.status().description() : null;
            case "last_agt" -> agent.running() ? "via agent : up" : null;
            case "agent_rise" -> agent.running() ? Integer.toString(agent.rise()) : null;
            case "agent_fall" -> agent.running() ? Integer.toString(agent.fall()) : null;
            case "agent_health" -> agent.running() ? Integer.toString(agent.health()) : null;
            default -> throw unknown("server", column);
        };
    }

    private String backendStatus(Proxy proxy) {
        String status = (proxy.totalWeight() > 0 || proxy.servers().isEmpty() ? "UP" : "DOWN")
                + (proxy.unpublished() ? " (UNPUB)" : "");
        return serverCounts ? status + " (" + proxy.serversNotStopped() + "/" + proxy.servers().size() + ")" : status;
    }

    /** "ip:port", "[ipv6]:port" or "unix"; nothing while a name is not resolved. */
    private static String address(Server server) {
        if (server.unixSocket()) {
            return "unix";
        }
        String ip = server.ipAddress();
        if (ip == null) {
            return null;
        }
        String host = InetText.isIpv6(ip) ? "[" + ip + "]" : ip;
        return host + ":" + server.port();
    }

    private static IllegalStateException unknown(String kind, String column) {
        return new IllegalStateException("no rule for the " + kind + " column " + column);
    }

    /** HAProxy's table of algorithm names has no "random": it prints such a backend's algorithm "unknown". */
    private static String algorithmName(String algorithm) {
        return algorithm.equals("random") ? "unknown" : algorithm;
    }
}
