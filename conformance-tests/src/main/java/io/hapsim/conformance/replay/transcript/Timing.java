package io.hapsim.conformance.replay.transcript;

/**
 * Coarse timing of a connection (never compared unless asked for).
 *
 * @param closeAfterS whole seconds between the end of the steps and the peer's close (null: not closed)
 * @param closedDuringSteps closed before the steps were done (null: not closed)
 * @param openS seconds the connection was open (until close, or until reading stopped)
 * @param firstByteS seconds until the first received byte (null: none)
 */
public record Timing(Long closeAfterS, Boolean closedDuringSteps, Double openS, Double firstByteS) {}
