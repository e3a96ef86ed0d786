package io.hapsim.simulator.state.proxy;

import io.hapsim.simulator.config.ConfigLine;
import io.hapsim.simulator.state.events.RingLogger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Reads the proxies of a haproxy.cfg: defaults, frontend, backend and listen sections with their servers, stick
 * tables (also those of peers sections) and the global maxconn. Then numbers them, links tracking servers and
 * computes the backends' fullconn as HAProxy does.
 */
final class ProxyConfigReader {

    /** The first proxy id: HAProxy numbers one internal proxy before the configured ones. */
    private static final int FIRST_PROXY_ID = 2;

    private final List<Section> sections = new ArrayList<>();
    private final List<StickTable> declaredTables = new ArrayList<>();
    private final Map<String, ProxySettings> namedDefaults = new HashMap<>();
    private ProxySettings defaults = new ProxySettings();
    /** The global section's loggers, which {@code log global} adds to a section's. */
    private final List<RingLogger> globalLoggers = new ArrayList<>();
    private final int globalMaxconn;
    /** The configuration's file name, as messages quoting one of its lines name it. */
    private final String fileName;
    /** Servers start at their rise health only when a default-server line applies (3.3+). */
    private final boolean healthNeedsDefaultServer;

    /** A proxy section being read. */
    private record Section(String name, boolean frontend, boolean backend, ProxySettings settings,
            List<ServerLine> servers) {
    }

    /** A "server" line and its number in the file. */
    private record ServerLine(List<String> words, int number) {
    }

    private ProxyConfigReader(String fileName, boolean healthNeedsDefaultServer, int globalMaxconn) {
        this.fileName = fileName;
        this.healthNeedsDefaultServer = healthNeedsDefaultServer;
        this.globalMaxconn = globalMaxconn;
    }

    static Proxies read(String text, String fileName, LongSupplier clock, boolean healthNeedsDefaultServer,
            int globalMaxconn) {
        ProxyConfigReader reader = new ProxyConfigReader(fileName, healthNeedsDefaultServer, globalMaxconn);
        reader.scan(text);
        return reader.build(clock);
    }

    private void scan(String text) {
        String kind = "";
        Section section = null;
        String peers = "";
        for (ConfigLine.Numbered line : ConfigLine.lines(text)) {
            List<String> words = line.words();
            int number = line.number();
            String keyword = words.get(0);
            if (ConfigLine.startsSection(keyword)) {
                kind = keyword;
                section = startSection(keyword, words);
                peers = keyword.equals("peers") && words.size() > 1 ? words.get(1) : "";
                continue;
            }
            switch (kind) {
                case "global" -> {
                    // the process's own settings (maxconn among them) are read with the rest of the process
                    if (keyword.equals("log")) {
                        RingLogger.read(words).ifPresent(globalLoggers::add);
                    }
                }
                case "defaults" -> {
                    if (isLogLine(words)) {
                        defaults.log(words, globalLoggers);
                    } else {
                        defaults.apply(words);
                    }
                }
                case "peers" -> {
                    if (keyword.equals("table") && words.size() > 1) {
                        declaredTables.add(StickTable.parse(peers + "/" + words.get(1), peers, words, 2));
                    }
                }
                case "frontend", "backend", "listen" -> readProxyLine(section, words, number);
                default -> {
                    // sections without proxies
                }
            }
        }
    }

    private Section startSection(String keyword, List<String> words) {
        String name = words.size() > 1 ? words.get(1) : "";
        int from = words.indexOf("from");
        ProxySettings base = from > 0 && from + 1 < words.size()
                ? namedDefaults.getOrDefault(words.get(from + 1), defaults) : defaults;
        switch (keyword) {
            case "defaults" -> {
                defaults = from > 0 ? base.inherit() : new ProxySettings();
                if (!name.isEmpty() && !name.equals("from")) {
                    namedDefaults.put(name, defaults);
                }
                return null;
            }
            case "frontend", "backend", "listen" -> {
                Section section = new Section(name, !keyword.equals("backend"), !keyword.equals("frontend"),
                        base.inherit(), new ArrayList<>());
                sections.add(section);
                return section;
            }
            default -> {
                return null;
            }
        }
    }

    private static boolean isLogLine(List<String> words) {
        return words.get(0).equals("log") || words.get(0).equals("no") && words.size() > 1 && words.get(1).equals("log");
    }

    private void readProxyLine(Section section, List<String> words, int number) {
        if (isLogLine(words)) {
            section.settings().log(words, globalLoggers);
            return;
        }
        switch (words.get(0)) {
            case "server" -> {
                if (section.backend() && words.size() > 2) {
                    section.servers().add(new ServerLine(words, number));
                }
            }
            case "stick-table" -> {
                declaredTables.add(StickTable.parse(section.name(), "", words, 1));
                section.settings().apply(words);
            }
            default -> section.settings().apply(words);
        }
    }

    private Proxies build(LongSupplier clock) {
        List<Proxy> proxies = new ArrayList<>();
        IdSequence proxyIds = new IdSequence(FIRST_PROXY_ID);
        sections.forEach(s -> proxyIds.reserve(s.settings().id()));
        for (Section section : sections) {
            if (section.frontend()) {
                section.settings().defaultMaxconn(globalMaxconn);
            }
            Proxy proxy = new Proxy(section.name(), section.frontend(), section.backend(), section.settings(), clock);
            proxy.assignId(proxyIds.assign(section.settings().id()));
            addServers(proxy, section, clock.getAsLong());
            proxies.add(proxy);
        }
        for (Proxy proxy : proxies) {
            linkTrackers(proxy, proxies);
            markReferencedBackends(proxy, proxies);
        }
        for (Proxy proxy : proxies) {
            if (proxy.isBackend()) {
                proxy.setFullconn(fullconn(proxy, proxies));
                proxy.settleBackendState();
            }
        }
        List<StickTable> shown = new ArrayList<>(declaredTables);
        Collections.reverse(shown);
        Map<String, DefaultsSection> defaultsByName = new HashMap<>();
        namedDefaults.forEach((name, settings) -> defaultsByName.put(name, new DefaultsSection(name, settings)));
        return new Proxies(proxies, shown, globalMaxconn, defaultsByName, proxyIds.cursor(), clock);
    }

    private void addServers(Proxy proxy, Section section, long now) {
        IdSequence serverIds = new IdSequence(1);
        boolean startsHealthy = !healthNeedsDefaultServer || section.settings().declaresDefaultServer();
        List<ServerSettings> all = new ArrayList<>();
        for (ServerLine line : section.servers()) {
            List<String> words = line.words();
            ServerSettings settings = section.settings().defaultServer().copy();
            settings.address(words.get(2));
            settings.apply(words, 3);
            serverIds.reserve(settings.id());
            all.add(settings);
        }
        for (int i = 0; i < all.size(); i++) {
            ServerLine line = section.servers().get(i);
            Server server = new Server(proxy, line.words().get(1), all.get(i), startsHealthy,
                    fileName + ":" + line.number(), now);
            // a disabled proxy never numbers its servers
            server.assignId(proxy.disabled() ? 0 : serverIds.assign(all.get(i).id()));
            proxy.add(server);
        }
    }

    private static void linkTrackers(Proxy proxy, List<Proxy> proxies) {
        for (Server server : proxy.servers()) {
            String target = server.trackTarget();
            if (target == null) {
                continue;
            }
            int slash = target.indexOf('/');
            String proxyName = slash < 0 ? proxy.name() : target.substring(0, slash);
            String serverName = target.substring(slash + 1);
            proxies.stream().filter(p -> p.isBackend() && p.name().equals(proxyName)).findFirst()
                    .flatMap(p -> p.server(serverName)).ifPresent(server::track);
        }
    }

    /** The backends a frontend's default_backend and use_backend rules name can no longer be deleted. */
    private static void markReferencedBackends(Proxy frontend, List<Proxy> proxies) {
        if (!frontend.isFrontend()) {
            return;
        }
        Set<String> targets = new HashSet<>(frontend.settings().useBackends());
        if (frontend.settings().defaultBackend() != null) {
            targets.add(frontend.settings().defaultBackend());
        }
        proxies.stream().filter(p -> p.isBackend() && targets.contains(p.name())).forEach(Proxy::markReferenced);
    }

    /** The explicit fullconn, else a tenth (rounded up, at least 1) of the maxconn of the frontends using it. */
    private static int fullconn(Proxy backend, List<Proxy> proxies) {
        if (backend.settings().fullconn() > 0) {
            return backend.settings().fullconn();
        }
        long sum = 0;
        for (Proxy frontend : proxies) {
            if (frontend.isFrontend() && !frontend.disabled() && uses(frontend, backend.name())) {
                sum += frontend.maxconn();
            }
        }
        return (int) Math.max(1, (sum + 9) / 10);
    }

    private static boolean uses(Proxy frontend, String backendName) {
        Set<String> targets = new HashSet<>(frontend.settings().useBackends());
        if (frontend.settings().defaultBackend() != null) {
            targets.add(frontend.settings().defaultBackend());
        }
        return targets.contains(backendName) || (frontend.isBackend() && frontend.name().equals(backendName));
    }
}
