package io.hapsim.conformance.replay.transcript;

import io.hapsim.conformance.replay.scenario.RecordSpec;
import io.hapsim.conformance.replay.text.Lines;
import java.util.List;

/**
 * What one connection of a scenario saw.
 *
 * @param end eof | recv-error:ECONNRESET | open | connect-failed:ERRNO | no-such-socket
 * @param recvBytes length of the normalised received text (null when nothing was read: connect failed)
 * @param timing null when the connection was never open
 * @param recv received text as lines (null when summarised or not read)
 * @param recvSummary summary of the received text (null unless recorded as summary)
 */
public record ConnectionRecord(String name, String socket, String end, Long recvBytes, Timing timing,
    List<Event> events, List<RecvItem> recv, RecvSummary recvSummary) {
  public ConnectionRecord {
    events = List.copyOf(events);
    recv = recv == null ? null : List.copyOf(recv);
  }

  /**
   * A connection that was open, with what it received ({@code text}, normalised) kept in full or summarised as
   * {@code record} asks.
   */
  public static ConnectionRecord received(String name, String socket, String end, Timing timing, List<Event> events,
      String text, RecordSpec record) {
    List<String> lines = Lines.splitKeepingNewlines(text);
    List<RecvItem> recv = record.summary() ? null : RecvItem.compress(lines);
    RecvSummary summary = record.summary() ? RecvSummary.of(text, lines, record.head(), record.tail()) : null;
    return new ConnectionRecord(name, socket, end, (long) text.length(), timing, events, recv, summary);
  }

  /** The received text when recorded in full, else null. */
  public String recvText() {
    return recv == null ? null : RecvItem.text(recv);
  }
}
