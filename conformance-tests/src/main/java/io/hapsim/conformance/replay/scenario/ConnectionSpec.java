package io.hapsim.conformance.replay.scenario;

import java.util.List;

/**
 * One client connection of a scenario.
 *
 * @param name defaults to {@code c<index+1>}
 * @param socket admin | oper | user | tcp | any socket name the target knows
 * @param parallel start together with the previous connection(s)
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
