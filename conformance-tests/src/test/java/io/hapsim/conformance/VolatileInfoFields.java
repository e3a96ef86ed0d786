package io.hapsim.conformance;

import java.util.Set;

/**
 * The {@code show info} fields whose value depends on the moment or on the process's internals (pid, uptime, memory
 * pools, the run queue and its niced tasks, idle time, boot time, bytes sent and their rate), not on what clients
 * did: comparisons with real HAProxy check that they are there, not what they hold.
 */
public final class VolatileInfoFields {
  public static final Set<String> NAMES = Set.of("Pid", "Uptime", "Uptime_sec", "Start_time_sec",
      "Memmax_MB", "PoolAlloc_MB", "PoolUsed_MB", "Memmax_bytes", "PoolAlloc_bytes", "PoolUsed_bytes",
      "Run_queue", "Niced_tasks", "Idle_pct", "BootTime_ms", "BytesOutRate", "TotalBytesOut");

  private VolatileInfoFields() {
  }
}
