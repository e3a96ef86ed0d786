package io.hapsim.simulator.fault;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fault rule written as flat members, the one shape the control API (a JSON object) and the command lines
 * ({@code --fault 'command=commit map, phase=after-answer, fault=close'}) share: one trigger ({@code command},
 * {@code matching}, {@code nth}, {@code payloadLines}, {@code accept}, {@code any}), {@code fault} or {@code chaos}
 * (as {@link FaultSpec} reads them), and optionally {@code phase}, {@code socket}, {@code connection}, {@code times}
 * and {@code seed}.
 */
public final class FaultRuleSpec {

    private static final List<String> TRIGGERS = List.of("accept", "any", "command", "matching", "nth",
            "payloadLines");
    private static final List<String> MEMBERS = List.of("accept", "any", "command", "matching", "nth",
            "payloadLines", "phase", "socket", "connection", "times", "seed", "fault", "chaos");
    /** A member starts at the line's start or after a comma, as a known name then {@code =} (or a lone flag). */
    private static final Pattern MEMBER = Pattern.compile("(?:^|,)\\s*(" + String.join("|", MEMBERS)
            + ")\\s*(?:=|(?=,|$))");

    private FaultRuleSpec() {
    }

    /** Arms the rule the text describes on {@code faults}. */
    public static FaultRule arm(Faults faults, String text) {
        return arm(faults, members(text));
    }

    /**
     * The members of a rule written as text: {@code NAME=VALUE} items separated by commas, {@code accept} and
     * {@code any} alone. A value runs to the next {@code , NAME=}, so it may hold commas of its own (a regular
     * expression, an answer's text, a chaos mix).
     */
    public static Map<String, Object> members(String text) {
        Map<String, Object> members = new LinkedHashMap<>();
        Matcher m = MEMBER.matcher(text);
        int valueStart = -1;
        String name = null;
        while (m.find()) {
            if (name != null) {
                members.put(name, text.substring(valueStart, m.start()).strip());
            } else if (!text.substring(0, m.start()).isBlank()) {
                throw new IllegalArgumentException("expected NAME=VALUE items, not '" + text.substring(0, m.start())
                        + "' (names: " + String.join(", ", MEMBERS) + ")");
            }
            name = m.group(1);
            valueStart = m.end();
            if (members.containsKey(name)) {
                throw new IllegalArgumentException("'" + name + "' given twice in '" + text + "'");
            }
        }
        if (name == null) {
            throw new IllegalArgumentException("expected NAME=VALUE items such as 'command=commit map, fault=close',"
                    + " not '" + text + "'");
        }
        members.put(name, text.substring(valueStart).strip());
        return members;
    }

    /** Arms the rule of flat members (strings, or numbers and booleans as JSON gives them). */
    public static FaultRule arm(Faults faults, Map<String, ?> members) {
        FaultSelector selector = trigger(scope(faults, members), members);
        if (members.get("phase") != null) {
            selector = switch (string(members, "phase")) {
                case "before-command" -> selector.beforeCommand();
                case "before-answer" -> selector.beforeAnswer();
                case "after-answer" -> selector.afterAnswer();
                default -> throw new IllegalArgumentException("phase is before-command, before-answer or"
                        + " after-answer");
            };
        }
        if (members.get("times") != null) {
            selector.times(Math.toIntExact(number(members, "times")));
        }
        if (members.get("seed") != null) {
            selector.seed(number(members, "seed"));
        }
        if (members.get("fault") != null) {
            return selector.apply(FaultSpec.parse(string(members, "fault")));
        }
        if (members.get("chaos") != null) {
            return selector.chaos(FaultSpec.parseChaos(string(members, "chaos")).toArray(Chance[]::new));
        }
        throw new IllegalArgumentException("expected a fault (e.g. fault=close, fault=stall 2s) or a chaos mix"
                + " (e.g. chaos=0.1 reset; 0.05 close)");
    }

    /** The faults of the socket the members name ({@code socket}), or of every socket. */
    public static Faults onSocket(Faults faults, Map<String, ?> members) {
        return members.get("socket") != null ? faults.onSocket(string(members, "socket")) : faults;
    }

    private static Faults scope(Faults faults, Map<String, ?> members) {
        Faults scoped = onSocket(faults, members);
        Object connection = members.get("connection");
        if ("next".equals(connection)) {
            return scoped.onNextConnection();
        }
        return connection == null ? scoped : scoped.onConnection(number(members, "connection"));
    }

    private static FaultSelector trigger(Faults faults, Map<String, ?> members) {
        List<String> given = TRIGGERS.stream().filter(members::containsKey).toList();
        if (given.size() != 1) {
            throw new IllegalArgumentException("expected exactly one trigger of " + TRIGGERS);
        }
        return switch (given.get(0)) {
            case "accept" -> faults.onAccept();
            case "any" -> faults.onAnyCommand();
            case "command" -> faults.onCommand(string(members, "command"));
            case "matching" -> faults.onCommandMatching(string(members, "matching"));
            case "nth" -> faults.afterCommands(Math.toIntExact(number(members, "nth")));
            default -> faults.inPayload(Math.toIntExact(number(members, "payloadLines")));
        };
    }

    private static String string(Map<String, ?> members, String name) {
        if (!(members.get(name) instanceof String value)) {
            throw new IllegalArgumentException("expected a string member \"" + name + "\"");
        }
        return value;
    }

    private static long number(Map<String, ?> members, String name) {
        Object value = members.get(name);
        if (value instanceof Long number) {
            return number;
        }
        if (value instanceof String text && text.matches("-?\\d+")) {
            return Long.parseLong(text);
        }
        throw new IllegalArgumentException("expected an integer member \"" + name + "\"");
    }
}
