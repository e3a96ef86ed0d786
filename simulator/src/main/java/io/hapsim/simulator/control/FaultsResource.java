package io.hapsim.simulator.control;

import io.hapsim.simulator.fault.FaultRule;
import io.hapsim.simulator.fault.FaultRuleSpec;
import io.hapsim.simulator.fault.Faults;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * {@code faults}, {@code faults/{rule}} and {@code faults/accepting} of one simulator: the same rules as
 * {@link Faults} declares in Java, each from one flat JSON object (see docs/control-api.md).
 */
final class FaultsResource {

    private FaultsResource() {
    }

    /** The answer to send (null: 204). */
    static Object handle(String method, List<String> path, Faults faults, Map<String, Object> body) {
        if (path.size() == 1) {
            ControlHandler.allow(method, "GET", "POST", "DELETE");
            return switch (method) {
                case "GET" -> faults.rules().stream().map(FaultsResource::view).toList();
                case "POST" -> view(FaultRuleSpec.arm(faults, body));
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
            Faults scoped = FaultRuleSpec.onSocket(faults, body);
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

    static Map<String, Object> view(FaultRule rule) {
        return JsonViews.object("id", rule.id(), "rule", rule.description(), "applied", rule.applied());
    }
}
