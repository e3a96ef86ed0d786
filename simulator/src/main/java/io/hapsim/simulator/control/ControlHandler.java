package io.hapsim.simulator.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.hapsim.simulator.SimulatorState;
import io.hapsim.simulator.state.proxy.AdminState;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The control API's routes (see docs/control-api.md): reads the request, runs it on the instance it names, and
 * answers JSON. Path segments are percent-decoded one by one, so a map path travels as one segment
 * ({@code %2Fetc%2Fhaproxy%2Fhosts.map}, {@code %232} for {@code #2}). Errors answer {@code {"status":
 * ..., "error": ...}}: 400 for a malformed request or a value refused, 404 for an unknown instance, map, key,
 * backend or server, 405 for a method a path does not take, 409 for a change the instance's state refuses, 500
 * for anything else (a map file removed before a reset).
 */
final class ControlHandler implements HttpHandler {

    private final List<Instance> instances;
    private final Runnable shutdown;

    ControlHandler(List<Instance> instances, Runnable shutdown) {
        this.instances = List.copyOf(instances);
        this.shutdown = shutdown;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            int status = 200;
            Object answer;
            try {
                answer = route(exchange.getRequestMethod(), segments(exchange.getRequestURI().getRawPath()),
                        exchange);
                if (answer == null) {
                    status = 204;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the server is stopping
                status = 503;
                answer = JsonViews.error(status, "the control API is stopping");
            } catch (HttpError e) {
                status = e.status();
                answer = JsonViews.error(status, e.getMessage());
            } catch (NoSuchElementException e) {
                status = 404;
                answer = JsonViews.error(status, e.getMessage());
            } catch (IllegalStateException e) {
                status = 409;
                answer = JsonViews.error(status, e.getMessage());
            } catch (IllegalArgumentException e) {
                status = 400;
                answer = JsonViews.error(status, e.getMessage());
            } catch (RuntimeException e) {
                // a map file gone before a reset, say: the client gets the reason rather than a dropped connection
                status = 500;
                answer = JsonViews.error(status, e.toString());
            }
            send(exchange, status, answer);
        }
    }

    /** The answer to send (null: 204, no content). */
    private Object route(String method, List<String> path, HttpExchange exchange)
            throws IOException, InterruptedException {
        if (path.equals(List.of("shutdown"))) {
            allow(method, "POST");
            // on a thread of its own: stopping the HTTP server waits for this exchange to end
            new Thread(shutdown, "hapsim-control-shutdown").start();
            return JsonViews.object("stopping", instances.size());
        }
        if (path.isEmpty() || !path.get(0).equals("simulators")) {
            throw new HttpError(404, "no such resource: see docs/control-api.md");
        }
        if (path.size() == 1) {
            allow(method, "GET");
            return instances.stream().map(JsonViews::instance).toList();
        }
        Instance instance = instance(path.get(1));
        List<String> rest = path.subList(2, path.size());
        if (rest.isEmpty()) {
            allow(method, "GET");
            return JsonViews.instance(instance);
        }
        return switch (rest.get(0)) {
            case "reset" -> {
                expectLength(rest, 1);
                allow(method, "POST");
                instance.simulator().reset();
                yield JsonViews.instance(instance);
            }
            case "version" -> {
                expectLength(rest, 1);
                allow(method, "PUT");
                instance.switchVersion(requiredString(body(exchange), "version"));
                yield JsonViews.instance(instance);
            }
            case "faults" -> FaultsResource.handle(method, rest, instance.simulator().faults(),
                    method.equals("POST") || method.equals("PUT") ? body(exchange) : Map.of());
            case "journal" -> JournalResource.handle(method, rest, instance.simulator().journal(),
                    query(exchange.getRequestURI().getRawQuery()));
            case "maps" -> maps(method, rest, instance.simulator().state(), exchange);
            case "servers" -> servers(method, rest, instance.simulator().state(), exchange);
            case "events" -> events(method, rest, instance.simulator().state(), exchange);
            default -> throw new HttpError(404, "no such resource: see docs/control-api.md");
        };
    }

    /** {@code maps}, {@code maps/{map}}, {@code maps/{map}/entries} and {@code maps/{map}/entries/{key}}. */
    private static Object maps(String method, List<String> path, SimulatorState state, HttpExchange exchange)
            throws IOException {
        if (path.size() > 4 || path.size() > 2 && !path.get(2).equals("entries")) {
            throw new HttpError(404, "expected maps, maps/{map}, maps/{map}/entries or maps/{map}/entries/{key}");
        }
        if (path.size() == 1) {
            allow(method, "GET");
            return state.maps().stream().map(JsonViews::mapSummary).toList();
        }
        String map = path.get(1);
        if (path.size() == 2) {
            allow(method, "GET");
            return JsonViews.map(map, state.mapEntries(map));
        }
        if (path.size() == 3) {
            allow(method, "DELETE");
            state.clearMap(map);
            return null;
        }
        String key = path.get(3);
        allow(method, "PUT", "DELETE");
        if (method.equals("DELETE")) {
            state.deleteMapEntry(map, key);
            return null;
        }
        String value = requiredString(body(exchange), "value");
        state.putMapEntry(map, key, value);
        return JsonViews.object("key", key, "value", value);
    }

    /** {@code servers} and {@code servers/{backend}/{server}}. */
    private static Object servers(String method, List<String> path, SimulatorState state, HttpExchange exchange)
            throws IOException {
        if (path.size() == 1) {
            allow(method, "GET");
            return state.servers().stream().map(JsonViews::server).toList();
        }
        if (path.size() != 3) {
            throw new HttpError(404, "expected servers or servers/{backend}/{server}");
        }
        allow(method, "PUT");
        Map<String, Object> body = body(exchange);
        Object stateWord = body.get("state");
        Object weight = body.get("weight");
        if (stateWord == null && weight == null) {
            throw new IllegalArgumentException("expected \"state\" (ready, drain or maint) or \"weight\" (0 to 256)");
        }
        AdminState admin = null;
        if (stateWord != null) {
            admin = stateWord instanceof String word ? AdminState.fromWord(word) : null;
            if (admin == null) {
                throw new IllegalArgumentException("\"state\" must be \"ready\", \"drain\" or \"maint\"");
            }
        }
        if (weight != null && !(weight instanceof Long)) {
            throw new IllegalArgumentException("\"weight\" must be an integer");
        }
        String backend = path.get(1);
        String server = path.get(2);
        if (admin != null) {
            state.setServerState(backend, server, admin);
        }
        if (weight != null) {
            state.setServerWeight(backend, server, Math.toIntExact((Long) weight));
        }
        return JsonViews.server(state.server(backend, server));
    }

    /** {@code events/{ring}}: what a ring holds, or an event written into it. */
    private static Object events(String method, List<String> path, SimulatorState state, HttpExchange exchange)
            throws IOException {
        if (path.size() != 2) {
            throw new HttpError(404, "expected events/{ring}");
        }
        String ring = path.get(1);
        allow(method, "GET", "POST");
        if (method.equals("POST")) {
            state.publishEvent(ring, requiredString(body(exchange), "event"));
        }
        return JsonViews.object("ring", ring, "events", state.events(ring));
    }

    private Instance instance(String id) {
        return instances.stream().filter(i -> Integer.toString(i.id()).equals(id)).findFirst()
                .orElseThrow(() -> new HttpError(404, "no simulator '" + id + "' (ids: 1 to " + instances.size()
                        + ")"));
    }

    static void allow(String method, String... allowed) {
        if (!List.of(allowed).contains(method)) {
            throw new HttpError(405, method + " not allowed here; allowed: " + String.join(", ", allowed));
        }
    }

    private static void expectLength(List<String> path, int length) {
        if (path.size() != length) {
            throw new HttpError(404, "no such resource: see docs/control-api.md");
        }
    }

    private static Map<String, Object> body(HttpExchange exchange) throws IOException {
        String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, Object> members = JsonReader.object(text);
        members.replaceAll((name, value) -> value instanceof String s ? bytesAsChars(s) : value);
        return members;
    }

    private static String requiredString(Map<String, Object> body, String name) {
        if (!(body.get(name) instanceof String value)) {
            throw new IllegalArgumentException("expected a string member \"" + name + "\"");
        }
        return value;
    }

    /** The path's segments, each percent-decoded (a '+' stays a '+': it is form encoding, not a path's). */
    private static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.split("/")) {
            if (!raw.isEmpty()) {
                segments.add(bytesAsChars(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8)));
            }
        }
        return segments;
    }

    /** The simulator's text is bytes, one char each (as the CLI reads them): the UTF-8 bytes of {@code text}. */
    private static String bytesAsChars(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** The query's parameters, each percent-decoded. */
    private static Map<String, String> query(String rawQuery) {
        Map<String, String> parameters = new java.util.HashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return parameters;
    }

    private static void send(HttpExchange exchange, int status, Object answer) throws IOException {
        if (answer == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        StringBuilder text = new StringBuilder();
        if (answer instanceof JsonLines lines) {
            lines.values().forEach(value -> text.append(Json.write(value)).append('\n'));
        } else {
            text.append(Json.write(answer)).append('\n');
        }
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                answer instanceof JsonLines ? "application/x-ndjson" : "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
