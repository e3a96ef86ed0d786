package io.hapsim.simulator;

import io.hapsim.simulator.command.proxy.WeightChange;
import io.hapsim.simulator.state.RuntimeState;
import io.hapsim.simulator.state.events.EventSink;
import io.hapsim.simulator.state.events.Ring;
import io.hapsim.simulator.state.pattern.PatternRef;
import io.hapsim.simulator.state.proxy.AdminState;
import io.hapsim.simulator.state.proxy.Proxy;
import io.hapsim.simulator.state.proxy.Server;
import io.hapsim.simulator.transport.CliServer;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * Reads and changes a running simulator's maps, servers and event rings directly, through the same state methods as the CLI
 * commands (so that {@code show map}, {@code show servers state} and the server log see the change as if a
 * command made it), without a connection. Each call runs on the simulator's event loop, between two commands.
 *
 * <p>A map is named as on the CLI: its file as written in the configuration, or {@code #<id>}. An unknown map,
 * backend, server or key throws {@link NoSuchElementException}; a value the map or server refuses,
 * {@link IllegalArgumentException}; a server of a disabled backend, {@link IllegalStateException}.
 */
public final class SimulatorState {

    /** Where all state lives: each call runs there, between two commands. */
    private final CliServer cli;
    private final Supplier<RuntimeState> current;

    SimulatorState(CliServer cli, Supplier<RuntimeState> current) {
        this.cli = cli;
        this.current = current;
    }

    /** Every map, in {@code show map} order. */
    public List<MapSummary> maps() {
        return cli.call(() -> current.get().patterns().references().stream().filter(PatternRef::usedAsMap)
                .map(ref -> {
                    int[] entries = new int[1];
                    ref.forEachEntry(ref.currentVersion(), (key, value) -> entries[0]++);
                    return new MapSummary(ref.id(), ref.reference(), entries[0]);
                }).toList());
    }

    /** The entries of the map's current version, in {@code show map} order. */
    public List<MapEntry> mapEntries(String map) {
        return cli.call(() -> {
            PatternRef ref = map(map);
            List<MapEntry> entries = new ArrayList<>();
            ref.forEachEntry(ref.currentVersion(), (key, value) -> entries.add(new MapEntry(key, value)));
            return entries;
        });
    }

    /** {@code set map} of every entry with that key or, when there is none, {@code add map} of a new one. */
    public void putMapEntry(String map, String key, String value) {
        cli.call(() -> {
            PatternRef ref = map(map);
            PatternRef.SetOutcome set = ref.setByKey(key, value, current.get().profile().generationScopedSetDel());
            if (set == PatternRef.SetOutcome.UNPARSABLE) {
                throw new IllegalArgumentException("unable to parse '" + value + "'");
            }
            if (set == PatternRef.SetOutcome.NOT_FOUND) {
                String error = ref.add(ref.currentVersion(), key, value);
                if (error != null) {
                    throw new IllegalArgumentException(error);
                }
            }
            return null;
        });
    }

    /** {@code del map}: removes every entry with that key. */
    public void deleteMapEntry(String map, String key) {
        cli.call(() -> {
            if (map(map).deleteByKey(key, current.get().profile().generationScopedSetDel()) == 0) {
                throw new NoSuchElementException("no entry with key '" + key + "' in map '" + map + "'");
            }
            return null;
        });
    }

    /** {@code clear map}: removes every entry of the map's current version. */
    public void clearMap(String map) {
        cli.call(() -> {
            PatternRef ref = map(map);
            ref.clear(ref.currentVersion());
            return null;
        });
    }

    /** Every server of every backend, in configuration order. */
    public List<ServerSnapshot> servers() {
        return cli.call(() -> current.get().proxies().all().stream().filter(Proxy::isBackend)
                .flatMap(backend -> backend.servers().stream()).map(SimulatorState::snapshot).toList());
    }

    /** One server; either name may be a {@code #<id>}, as on the CLI. */
    public ServerSnapshot server(String backend, String server) {
        return cli.call(() -> snapshot(find(backend, server)));
    }

    private static ServerSnapshot snapshot(Server server) {
        return new ServerSnapshot(server.proxy().name(), server.name(), AdminState.of(server), server.op(),
                server.userWeight(), server.initialWeight());
    }

    /** {@code set server <backend>/<server> state ready|drain|maint}. */
    public void setServerState(String backend, String server, AdminState state) {
        cli.call(() -> {
            state.applyTo(find(backend, server));
            return null;
        });
    }

    /** {@code set server <backend>/<server> weight <weight>}: 0 to 256, as a static algorithm allows. */
    public void setServerWeight(String backend, String server, int weight) {
        cli.call(() -> {
            String error = WeightChange.apply(find(backend, server), Integer.toString(weight));
            if (error != null) {
                throw new IllegalArgumentException(error.strip());
            }
            return null;
        });
    }

    /**
     * Writes an event (without its line ending) into a ring, as HAProxy would: {@code buf0}, {@code dpapi} (3.2+,
     * where HAProxy tells the Data Plane API of new ACME certificates: {@code acme newcert <file>}) or a
     * configuration's {@code ring} section. Sessions following the ring ({@code show events <ring> -w}) get it at
     * once. Log messages of the proxies reach their rings by themselves (a server's state change ...).
     */
    public void publishEvent(String ring, String event) {
        cli.call(() -> {
            ring(ring).write(event);
            return null;
        });
    }

    /** The events a ring holds now, oldest first. */
    public List<String> events(String ring) {
        return cli.call(() -> ring(ring).events());
    }

    private Ring ring(String name) {
        return current.get().events().find(name).map(EventSink::ring)
                .orElseThrow(() -> new NoSuchElementException("no event ring '" + name + "'"));
    }

    private PatternRef map(String name) {
        PatternRef ref = current.get().patterns().lookup(name);
        if (ref == null || !ref.usedAsMap()) {
            throw new NoSuchElementException("no map '" + name + "'");
        }
        return ref;
    }

    private Server find(String backendName, String serverName) {
        Proxy backend = current.get().proxies().backend(backendName)
                .orElseThrow(() -> new NoSuchElementException("no backend '" + backendName + "'"));
        Server server = backend.serverByNameOrId(serverName)
                .orElseThrow(() -> new NoSuchElementException("no server '" + serverName + "' in backend '"
                        + backendName + "'"));
        if (backend.disabled()) {
            throw new IllegalStateException("backend '" + backendName + "' is disabled");
        }
        return server;
    }
}
