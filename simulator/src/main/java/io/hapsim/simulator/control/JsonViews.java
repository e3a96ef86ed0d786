package io.hapsim.simulator.control;

import io.hapsim.simulator.MapEntry;
import io.hapsim.simulator.MapSummary;
import io.hapsim.simulator.ServerSnapshot;
import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.journal.Chunk;
import io.hapsim.simulator.journal.RecordedCommand;
import io.hapsim.simulator.journal.RecordedConnection;
import io.hapsim.simulator.transport.Endpoint;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the control API answers, as maps and lists for {@link Json}: members in a fixed, readable order. */
final class JsonViews {

    private JsonViews() {
    }

    static Map<String, Object> instance(Instance instance) {
        Simulator simulator = instance.simulator();
        return object("id", instance.id(), "version", simulator.profile().label(),
                "haproxyVersion", simulator.profile().version(),
                "endpoints", simulator.endpoints().stream().map(JsonViews::endpoint).toList(),
                "upSince", instance.upSince().toString());
    }

    private static Map<String, Object> endpoint(Endpoint endpoint) {
        String level = endpoint.socket().level().word();
        if (endpoint.isUnix()) {
            return object("type", "unix", "path", endpoint.path().toString(), "level", level);
        }
        return object("type", "tcp", "host", endpoint.tcpAddress().getHostString(),
                "port", endpoint.tcpAddress().getPort(), "level", level);
    }

    static Map<String, Object> mapSummary(MapSummary map) {
        return object("id", map.id(), "file", map.file(), "entries", map.entries());
    }

    static Map<String, Object> map(String name, List<MapEntry> entries) {
        return object("map", name, "entries", entries.stream()
                .map(entry -> object("key", entry.key(), "value", entry.value())).toList());
    }

    static Map<String, Object> server(ServerSnapshot server) {
        return object("backend", server.backend(), "server", server.server(), "state", server.state().word(),
                "operational", server.operational().name().toLowerCase(Locale.ROOT),
                "weight", server.weight(), "initialWeight", server.initialWeight());
    }

    static Map<String, Object> command(RecordedCommand command) {
        return object("sequence", command.sequence(), "connection", command.connection(), "index", command.index(),
                "socket", command.socket(), "level", command.level().word(), "args", command.args(),
                "payload", command.payload(), "payloadLines", command.payloadLines(),
                "payloadBytes", command.payloadBytes(), "answer", command.answer(),
                "answerBytes", command.answerBytes(), "receivedAt", command.receivedAt().toString(),
                "tookMicros", command.took() == null ? null : command.took().toNanos() / 1000,
                "faults", command.faults());
    }

    static Map<String, Object> connection(RecordedConnection connection) {
        return object("id", connection.id(), "socket", connection.socket(), "level", connection.level().word(),
                "openedAt", connection.openedAt().toString(),
                "closedAt", connection.closedAt() == null ? null : connection.closedAt().toString(),
                "end", connection.end().name().toLowerCase(Locale.ROOT),
                "inputClosedMicros", micros(connection.inputClosedAt()),
                "serverEndedMicros", micros(connection.serverEndedAt()),
                "reads", connection.reads().stream().map(JsonViews::chunk).toList(),
                "writes", connection.writes().stream().map(JsonViews::chunk).toList(),
                "chunksDropped", connection.chunksDropped(),
                "bytesReceived", connection.bytesReceived(), "bytesSent", connection.bytesSent(),
                "commands", connection.commands(), "faults", connection.faults());
    }

    /**
     * A read or write: its bytes as text, and when any is not ASCII also exactly, in base64 (the text shows bytes
     * that are valid UTF-8 as UTF-8, others one by one, so it cannot tell them apart).
     */
    private static Map<String, Object> chunk(Chunk chunk) {
        Map<String, Object> view = object("atMicros", chunk.at().toNanos() / 1000, "bytes", chunk.bytes());
        if (chunk.bytes().chars().anyMatch(c -> c >= 0x80)) {
            view.put("base64", Base64.getEncoder().encodeToString(chunk.bytes().getBytes(StandardCharsets.ISO_8859_1)));
        }
        return view;
    }

    private static Long micros(Duration sinceAccept) {
        return sinceAccept == null ? null : sinceAccept.toNanos() / 1000;
    }

    static Map<String, Object> error(int status, String message) {
        return object("status", status, "error", message);
    }

    /** An object from name, value, name, value... */
    static Map<String, Object> object(Object... members) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < members.length; i += 2) {
            object.put((String) members[i], members[i + 1]);
        }
        return object;
    }
}
