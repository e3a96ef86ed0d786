package io.hapsim.simulator.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The faults one connection meets: asks the simulator's live rules at each event. Used on its event loop only. */
public final class ConnectionFaults {

    /** No faults (a connection of a session that is not served to clients). */
    public static final ConnectionFaults NONE = new ConnectionFaults(List.of(), "", 0);

    private final List<FaultRule> rules;
    private final String socket;
    private final long connection;
    private final Map<FaultRule, SplittableRandom> randoms = new HashMap<>();

    ConnectionFaults(List<FaultRule> rules, String socket, long connection) {
        this.rules = rules;
        this.socket = socket;
        this.connection = connection;
    }

    /** The faults of the connection's accept. */
    public List<AppliedFault> atAccept() {
        return collect(FaultPhase.ACCEPT, null, 0, 0);
    }

    /**
     * The faults a command meets, drawn once as it is taken, each with the phase it acts at (a fault that answers
     * acts before the command, one that shapes the answer before the answer, the others where their rule says).
     */
    public List<AppliedFault> forCommand(List<String> args, int index) {
        return collect(FaultPhase.BEFORE_COMMAND, args, index, 0);
    }

    /** The faults of a payload that holds {@code lines} lines so far. */
    public List<AppliedFault> inPayload(int lines) {
        return collect(FaultPhase.IN_PAYLOAD, null, 0, lines);
    }

    private List<AppliedFault> collect(FaultPhase event, List<String> args, int index, int payloadLines) {
        if (rules.isEmpty()) {
            return List.of();
        }
        List<AppliedFault> applied = null;
        for (FaultRule rule : rules) {
            if (!fires(rule, event, args, index, payloadLines)) {
                continue;
            }
            SplittableRandom random = randoms.computeIfAbsent(rule, r -> r.randomFor(connection));
            Fault fault = rule.draw(random);
            if (fault == null) {
                continue;
            }
            if (applied == null) {
                applied = new ArrayList<>(1);
            }
            FaultPhase phase = fault.phaseFor(rule.phase());
            Fault concrete = fault instanceof Fault.Delay delay ? Fault.stall(drawn(delay, random)) : fault;
            String what = fault instanceof Fault.Delay ? "delay " + ((Fault.Stall) concrete).duration().toMillis()
                    + " ms" : fault.describe();
            applied.add(new AppliedFault(concrete, phase, what + " " + phase + " (" + rule + ")"));
        }
        return applied == null ? List.of() : applied;
    }

    private boolean fires(FaultRule rule, FaultPhase event, List<String> args, int index, int payloadLines) {
        boolean triggered = switch (event) {
            case ACCEPT -> rule.phase() == FaultPhase.ACCEPT;
            case IN_PAYLOAD -> rule.phase() == FaultPhase.IN_PAYLOAD && rule.trigger().matchesPayload(payloadLines);
            default -> rule.phase().onCommand() && rule.trigger().matchesCommand(args, index);
        };
        return triggered && rule.covers(socket, connection);
    }

    private static Duration drawn(Fault.Delay delay, SplittableRandom random) {
        long min = delay.min().toNanos();
        long spread = delay.max().toNanos() - min;
        return Duration.ofNanos(spread == 0 ? min : min + random.nextLong(spread + 1));
    }
}
