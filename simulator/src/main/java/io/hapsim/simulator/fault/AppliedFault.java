package io.hapsim.simulator.fault;

import java.util.List;

/**
 * A fault a rule applies to one event, its random part drawn: when it acts, and how the journal describes it.
 */
public record AppliedFault(Fault fault, FaultPhase phase, String description) {

    /** Those of {@code faults} that act at {@code phase}. */
    public static List<AppliedFault> at(FaultPhase phase, List<AppliedFault> faults) {
        if (faults.isEmpty()) {
            return faults;
        }
        return faults.stream().filter(fault -> fault.phase == phase).toList();
    }
}
