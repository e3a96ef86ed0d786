package io.hapsim.conformance.proxy;

import io.hapsim.simulator.fault.AppliedFault;
import java.util.List;

/**
 * An answer the target owes the client, in the order the commands went: the faults that act on it, and whether the
 * prompt follows it (and must not be taken for the next answer's start).
 */
record PendingAnswer(List<AppliedFault> beforeAnswer, List<AppliedFault> afterAnswer, boolean promptAfter) {}
