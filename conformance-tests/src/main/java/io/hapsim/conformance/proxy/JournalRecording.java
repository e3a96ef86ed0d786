package io.hapsim.conformance.proxy;

import io.hapsim.conformance.replay.text.Latin1;
import io.hapsim.simulator.journal.Chunk;
import io.hapsim.simulator.journal.RecordedConnection;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A simulator's journal written as a recording, as the proxy writes one: each connection's reads become its sends
 * (pauses of 50 ms or more as sleeps, a half-close that came before the simulator's last answer as a shutw), and
 * what the simulator answered becomes the golden. The journal must be verbatim ({@code
 * JournalSettings.keepingEverything()}): it then holds every byte both ways. Replaying the scenario against real
 * HAProxy ({@code ./hapsim replay check}) shows where it answers otherwise.
 */
public final class JournalRecording {
  private JournalRecording() {}

  /**
   * Writes the scenario and its golden ({@code GOLDEN_DIR/NAME.json}); every connection gets the socket name
   * {@code admin}, the one {@code replay --target unix:PATH} gives its socket.
   *
   * @param vars run-time values written as their {@code {NAME}} (the instance folder as {@code {DIR}})
   * @param label the golden's version label (null: none)
   * @return how many connections were written
   */
  public static int write(List<RecordedConnection> connections, Path scenarioFile, Path goldenDir,
      Map<String, String> vars, String label) throws IOException {
    String name = SessionRecorder.scenarioName(scenarioFile);
    return write(connections, new RecordedSession.Settings(name, "recorded from a hapsim journal", "admin", vars,
        label, null), scenarioFile, goldenDir.resolve(name + ".json"));
  }

  /** Writes the scenario and its golden file as {@code settings} name and describe them. */
  static int write(List<RecordedConnection> connections, RecordedSession.Settings settings, Path scenarioFile,
      Path goldenFile) throws IOException {
    List<RecordedConnection> ordered = connections.stream().sorted(Comparator.comparingLong(RecordedConnection::id))
        .toList();
    if (ordered.isEmpty()) {
      throw new IllegalArgumentException("the journal holds no connection");
    }
    Instant base = ordered.get(0).openedAt();
    List<ConnectionTimeline.Snapshot> snapshots = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      snapshots.add(snapshot(i + 1, ordered.get(i), base));
    }
    SessionRecorder.writeFiles(RecordedSession.of(settings, snapshots), scenarioFile, goldenFile);
    return snapshots.size();
  }

  private static ConnectionTimeline.Snapshot snapshot(int index, RecordedConnection connection, Instant base) {
    if (connection.reads().isEmpty() && connection.bytesReceived() > 0
        || connection.writes().isEmpty() && connection.bytesSent() > 0 || connection.chunksDropped() > 0) {
      throw new IllegalArgumentException("connection " + connection.id() + " was not kept whole: the journal must"
          + " be verbatim and within its byte budget");
    }
    long accepted = Duration.between(base, connection.openedAt()).toNanos();
    List<Chunk> writes = connection.writes();
    long lastWrite = writes.isEmpty() ? -1 : accepted + writes.get(writes.size() - 1).at().toNanos();
    List<ConnectionTimeline.Action> actions = new ArrayList<>();
    for (Chunk read : connection.reads()) {
      byte[] bytes = Latin1.encode(read.bytes());
      actions.add(new ConnectionTimeline.Action(accepted + read.at().toNanos(), bytes, null, bytes.length));
    }
    if (connection.inputClosedAt() != null) {
      long shutw = accepted + connection.inputClosedAt().toNanos();
      if (lastWrite < 0 || shutw <= lastWrite) { // a client's close after the last answer is no step of its own
        actions.add(new ConnectionTimeline.Action(shutw, null, null, 0));
      }
    }
    StringBuilder received = new StringBuilder();
    writes.forEach(write -> received.append(write.bytes()));
    long closed = connection.closedAt() == null ? -1 : Duration.between(base, connection.closedAt()).toNanos();
    String end = switch (connection.end()) {
      case SERVER_CLOSED, IDLE_TIMEOUT -> "eof";
      case SERVER_RESET -> "recv-error:ECONNRESET";
      default -> null; // the client went first, or it is still open: replay reads until the answer stops
    };
    // the end a client sees is the simulator's, not the moment the socket was freed (after the client's own close,
    // possibly after the client's next connection was accepted)
    long ended = end == null || connection.serverEndedAt() == null ? -1
        : accepted + connection.serverEndedAt().toNanos();
    return new ConnectionTimeline.Snapshot(index, accepted, null, actions, Latin1.encode(received.toString()),
        writes.isEmpty() ? -1 : accepted + writes.get(0).at().toNanos(), lastWrite, end, ended, closed);
  }
}
