package io.hapsim.conformance.compat;

import io.hapsim.conformance.replay.transcript.ConnectionRecord;
import io.hapsim.conformance.replay.transcript.Event;

/**
 * How a connection went for the client: the first write that failed (null: every write was taken) and how it
 * ended ({@code eof}, {@code recv-error:ECONNRESET}, {@code open}).
 */
record Outcome(String failedWrite, String end) {

  static Outcome of(ConnectionRecord connection) {
    String failed = connection.events().stream()
        .filter(e -> e instanceof Event.Send)
        .map(e -> (Event.Send) e)
        .filter(s -> !s.result().equals(Event.Send.OK))
        .findFirst()
        .map(s -> s.result() + (s.written() != null ? " after " + s.written() + " bytes" : ""))
        .orElse(null);
    return new Outcome(failed, connection.end());
  }

  /**
   * Whether a client sees the same thing: a close counts as one whether it came as a FIN or a reset (which one
   * depends on unread input, a race), and a failed write by its error only.
   */
  boolean sameForClient(Outcome other) {
    return closed() == other.closed() && (failedWrite == null) == (other.failedWrite == null)
        && (failedWrite == null || failedWrite.split(" ")[0].equals(other.failedWrite.split(" ")[0]));
  }

  private boolean closed() {
    return !end.equals("open");
  }

  @Override
  public String toString() {
    String writes = failedWrite == null ? "every write was taken" : "a write failed with " + failedWrite;
    String how = switch (end) {
      case "eof" -> "the CLI closed the connection";
      case "open" -> "the connection was still open when reading stopped";
      default -> "the connection ended with " + end.replace("recv-error:", "");
    };
    return writes + "; " + how;
  }
}
