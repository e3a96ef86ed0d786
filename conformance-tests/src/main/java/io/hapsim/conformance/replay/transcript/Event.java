package io.hapsim.conformance.replay.transcript;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One event of a connection's transcript. */
public sealed interface Event {

  record Connect(String result) implements Event {}

  /** @param shown the sleep value as written in the scenario ({@code 0.3}) */
  record Sleep(String shown) implements Event {}

  /**
   * A send step. {@code len} is counted with run-time values as their placeholders. A skipped send
   * has only its result. Failed sends carry what was written before the failure.
   *
   * @param writes number of writes when there were several, else 0 (then not recorded)
   */
  record Send(Long len, Long lines, int writes, String result, Long written, Long writtenLines) implements Event {
    public static final String OK = "ok";
    public static final String SKIPPED = "skipped";

    public static Send skipped() {
      return new Send(null, null, 0, SKIPPED, null, null);
    }

    public boolean isSkipped() {
      return SKIPPED.equals(result);
    }
  }

  record ShutW(String result) implements Event {}

  /** @param count recorded only when not 1 (null) */
  record WaitFor(String pattern, Integer count, String result) implements Event {}

  record Capture(String variable, String result) implements Event {}

  /** An event this replayer does not know (read from a transcript), kept as is. */
  record Other(ObjectNode json) implements Event {}
}
