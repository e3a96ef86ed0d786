package io.hapsim.conformance.replay.transcript;

import java.util.List;

/**
 * A recorded run of one scenario (the golden format {@code hatranscript/1}).
 *
 * @param label the version/target label (null if none)
 * @param notes remarks on the run (null if none)
 * @param log lines the instance wrote on its log meanwhile; null when the target has no log
 */
public record Transcript(String format, String scenario, String label, String notes,
    List<ConnectionRecord> connections, List<String> log) {
  public static final String FORMAT = "hatranscript/1";

  public Transcript {
    connections = List.copyOf(connections);
    log = log == null ? null : List.copyOf(log);
  }

  public Transcript withLabel(String newLabel) {
    return new Transcript(format, scenario, newLabel, notes, connections, log);
  }
}
