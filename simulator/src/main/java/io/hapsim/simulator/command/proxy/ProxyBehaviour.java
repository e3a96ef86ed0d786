package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.VersionProperties;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.state.proxy.AddedServerRules;
import io.hapsim.simulator.version.VersionProfile;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How one version's proxy/server commands differ from the others', read from {@code proxy/<label>.properties}.
 *
 * @param completesLf         the CLI adds the final LF a message lacks
 * @param legacyAddrMessages  "set server addr" answers in 2.x words
 * @param tables              how the table commands behave
 * @param jsonFinalLf         "show stat json" ends with a LF
 * @param defaultAlgorithm    the balance algorithm of a backend without "balance"
 * @param refusesCheckAddresses "set server ... check-addr" finds every address invalid
 * @param addServerLabelSticky  the "CLI" label "add server" gives what is logged is never cleared
 * @param addServerEarlyDuplicateCheck "add server" refuses a taken name before reading keywords, unlogged
 * @param staticBalanceRefusal  "add server"'s answer for a backend without a dynamic algorithm (%s: its name)
 * @param serverIdRange         what an "id" out of range gets
 * @param deletesAddedServersOnly "del server" refuses servers of the configuration
 * @param addedServers          how a server added at run time is set up
 * @param serversConnColumns    the columns "show servers conn" gives between a server's port and its idle
 *                              connections per thread
 */
record ProxyBehaviour(boolean completesLf, boolean legacyAddrMessages, TableRules tables, boolean jsonFinalLf,
        String defaultAlgorithm, boolean refusesCheckAddresses, boolean addServerLabelSticky, boolean addServerEarlyDuplicateCheck,
        String staticBalanceRefusal, String serverIdRange, boolean deletesAddedServersOnly,
        AddedServerRules addedServers, List<String> serversConnColumns) {

    private static final Map<String, ProxyBehaviour> CACHE = new ConcurrentHashMap<>();

    static ProxyBehaviour of(VersionProfile profile) {
        return CACHE.computeIfAbsent(profile.label(), ProxyBehaviour::load);
    }

    public ProxyBehaviour {
        serversConnColumns = List.copyOf(serversConnColumns);
    }

    /** A message as the CLI sends it: HAProxy's text, completed with a LF when this version does so. */
    String message(String text) {
        return completesLf && !text.endsWith("\n") ? text + "\n" : text;
    }

    private static ProxyBehaviour load(String label) {
        VersionProperties properties = VersionProperties.load("proxy", label);
        return new ProxyBehaviour(
                properties.flag("messages.complete-lf"),
                properties.value("set-server.addr-messages").equals("legacy"),
                new TableRules(properties.flag("table.ptr"),
                        properties.value("table.keys").equals("strict"),
                        AccessLevel.parse(properties.value("table.clear-level")),
                        AccessLevel.parse(properties.value("table.set-level")),
                        Integer.parseInt(properties.value("table.buckets")),
                        properties.flag("table.shard-field"),
                        properties.flag("table.binary-keys-stored"),
                        properties.flag("table.refused-lookup-held")),
                properties.flag("stat.json-final-lf"),
                properties.value("balance.default"),
                properties.flag("set-server.check-addr-refused"),
                properties.flag("add-server.label-sticky"),
                properties.flag("add-server.early-duplicate-check"),
                properties.value("add-server.static-balance"),
                properties.value("server.id-range"),
                properties.flag("del-server.added-only"),
                new AddedServerRules(properties.flag("add-server.disabled-kept"),
                        properties.flag("add-server.weight-shown-after-change"),
                        properties.flag("add-server.no-idle-connections")),
                List.of(properties.value("servers-conn.columns").split(" ")));
    }
}
