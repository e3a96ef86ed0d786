package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.state.proxy.AddedServerRules;
import io.hapsim.simulator.version.VersionProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
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
 */
record ProxyBehaviour(boolean completesLf, boolean legacyAddrMessages, TableRules tables, boolean jsonFinalLf, String defaultAlgorithm,
        boolean refusesCheckAddresses, boolean addServerLabelSticky, boolean addServerEarlyDuplicateCheck,
        String staticBalanceRefusal, String serverIdRange, boolean deletesAddedServersOnly,
        AddedServerRules addedServers) {

    private static final Map<String, ProxyBehaviour> CACHE = new ConcurrentHashMap<>();

    static ProxyBehaviour of(VersionProfile profile) {
        return CACHE.computeIfAbsent(profile.label(), ProxyBehaviour::load);
    }

    /** A message as the CLI sends it: HAProxy's text, completed with a LF when this version does so. */
    String message(String text) {
        return completesLf && !text.endsWith("\n") ? text + "\n" : text;
    }

    private static ProxyBehaviour load(String label) {
        String resource = "/io/hapsim/simulator/proxy/" + label + ".properties";
        Properties properties = new Properties();
        try (InputStream in = ProxyBehaviour.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no proxy command behaviour " + resource);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ProxyBehaviour(
                flag(properties, "messages.complete-lf"),
                value(properties, "set-server.addr-messages").equals("legacy"),
                new TableRules(flag(properties, "table.ptr"),
                        value(properties, "table.keys").equals("strict"),
                        AccessLevel.parse(value(properties, "table.clear-level")),
                        AccessLevel.parse(value(properties, "table.set-level")),
                        Integer.parseInt(value(properties, "table.buckets")),
                        flag(properties, "table.shard-field"),
                        flag(properties, "table.binary-keys-stored"),
                        flag(properties, "table.refused-lookup-held")),
                flag(properties, "stat.json-final-lf"),
                value(properties, "balance.default"),
                flag(properties, "set-server.check-addr-refused"),
                flag(properties, "add-server.label-sticky"),
                flag(properties, "add-server.early-duplicate-check"),
                value(properties, "add-server.static-balance"),
                value(properties, "server.id-range"),
                flag(properties, "del-server.added-only"),
                new AddedServerRules(flag(properties, "add-server.disabled-kept"),
                        flag(properties, "add-server.weight-shown-after-change")));
    }

    private static boolean flag(Properties properties, String key) {
        return Boolean.parseBoolean(value(properties, key));
    }

    private static String value(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("proxy command behaviour without " + key);
        }
        return value.strip();
    }
}
