package io.hapsim.conformance.replay.scenario;

import java.util.List;

/**
 * One client connection of a scenario.
 *
 * @param name defaults to {@code c<index+1>}
 * @param socket admin | oper | user | tcp | any socket name the target knows
 * @param parallel run in the background: consecutive parallel connections run together, the next
 *     non-parallel connection starts once they are all done (the reference tool's semantics)
 * @param delay seconds to wait before connecting (null = none); like the reference tool, only
 *     honoured for connections that are not {@code parallel}
 * @param stallTimeout per-connection override of the runner's stall timeout (null = default)
 */
public record ConnectionSpec(String name, String socket, boolean parallel, Double delay, List<Step> steps,
    ReadSpec read, RecordSpec record, Double stallTimeout) {
  public ConnectionSpec {
    steps = List.copyOf(steps);
  }
}
