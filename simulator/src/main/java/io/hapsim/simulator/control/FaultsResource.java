package io.hapsim.simulator.control;

import io.hapsim.simulator.fault.Chance;
import io.hapsim.simulator.fault.FaultRule;
import io.hapsim.simulator.fault.FaultSelector;
import io.hapsim.simulator.fault.FaultSpec;
import io.hapsim.simulator.fault.Faults;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * {@code faults}, {@code faults/{rule}} and {@code faults/accepting} of one simulator: the same rules as
 * {@link Faults} declares in Java, each from one flat JSON object (see docs/control-api.md).
 */
final class FaultsResource {

    private static final List<String> TRIGGERS = List.of("accept", "any", "command", "matching", "nth",
            "payloadLines");

    private FaultsResource() {
    }

    /** The answer to send (null: 204). */
    static Object handle(String method, List<String> path, Faults faults, Map<String, Object> body) {
        if (path.size() == 1) {
            ControlHandler.allow(method, "GET", "POST", "DELETE");
            return switch (method) {
                case "GET" -> faults.rules().stream().map(FaultsResource::view).toList();
                case "POST" -> view(arm(faults, body));
                default -> {
                    faults.clear();
                    yield null;
                }
            };
        }
        if (path.size() != 2) {
            throw new HttpError(404, "expected faults, faults/{rule} or faults/accepting");
        }
        if (path.get(1).equals("accepting")) {
            ControlHandler.allow(method, "PUT");
            Faults scoped = onSocket(faults, body);
            if (!(body.get("accepting") instanceof Boolean accepting)) {
                throw new IllegalArgumentException("expected a boolean member \"accepting\"");
            }
            if (accepting) {
                scoped.resumeAccepting();
            } else {
                scoped.pauseAccepting();
            }
            return JsonViews.object("accepting", accepting);
        }
        ControlHandler.allow(method, "DELETE");
        rule(faults, path.get(1)).remove();
        return null;
    }

    private static FaultRule rule(Faults faults, String id) {
        return faults.rules().stream().filter(rule -> Integer.toString(rule.id()).equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no fault rule " + id));
    }

    private static FaultRule arm(Faults faults, Map<String, Object> body) {
        FaultSelector selector = trigger(scope(faults, body), body);
        if (body.get("phase") instanceof String phase) {
            selector = switch (phase) {
                case "before-command" -> selector.beforeCommand();
                case "before-answer" -> selector.beforeAnswer();
                case "after-answer" -> selector.afterAnswer();
                default -> throw new IllegalArgumentException("\"phase\" is before-command, before-answer or"
                        + " after-answer");
            };
        }
        if (body.get("times") != null) {
            selector.times(Math.toIntExact(number(body, "times")));
        }
        if (body.get("seed") != null) {
            selector.seed(number(body, "seed"));
        }
        if (body.get("fault") instanceof String fault) {
            return selector.apply(FaultSpec.parse(fault));
        }
        if (body.get("chaos") instanceof String chaos) {
            return selector.chaos(FaultSpec.parseChaos(chaos).toArray(Chance[]::new));
        }
        throw new IllegalArgumentException("expected \"fault\" (e.g. \"close\", \"stall 2s\") or \"chaos\""
                + " (e.g. \"0.1 reset; 0.05 close\")");
    }

    private static Faults scope(Faults faults, Map<String, Object> body) {
        Faults scoped = onSocket(faults, body);
        Object connection = body.get("connection");
        if ("next".equals(connection)) {
            return scoped.onNextConnection();
        }
        return connection == null ? scoped : scoped.onConnection(number(body, "connection"));
    }

    /** The faults of the socket the body names ({@code "socket"}), or of every socket. */
    private static Faults onSocket(Faults faults, Map<String, Object> body) {
        return body.get("socket") instanceof String socket ? faults.onSocket(socket) : faults;
    }

    private static FaultSelector trigger(Faults faults, Map<String, Object> body) {
        List<String> given = TRIGGERS.stream().filter(body::containsKey).toList();
        if (given.size() != 1) {
            throw new IllegalArgumentException("expected exactly one trigger of " + TRIGGERS);
        }
        return switch (given.get(0)) {
            case "accept" -> faults.onAccept();
            case "any" -> faults.onAnyCommand();
            case "command" -> faults.onCommand(string(body, "command"));
            case "matching" -> faults.onCommandMatching(string(body, "matching"));
            case "nth" -> faults.afterCommands(Math.toIntExact(number(body, "nth")));
            default -> faults.inPayload(Math.toIntExact(number(body, "payloadLines")));
        };
    }

    private static String string(Map<String, Object> body, String name) {
        if (!(body.get(name) instanceof String value)) {
            throw new IllegalArgumentException("expected a string member \"" + name + "\"");
        }
        return value;
    }

    private static long number(Map<String, Object> body, String name) {
        if (!(body.get(name) instanceof Long value)) {
            throw new IllegalArgumentException("expected an integer member \"" + name + "\"");
        }
        return value;
    }

    static Map<String, Object> view(FaultRule rule) {
        return JsonViews.object("id", rule.id(), "rule", rule.description(), "applied", rule.applied());
    }
}
