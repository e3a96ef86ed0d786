package io.hapsim.conformance.proxy;

import io.hapsim.conformance.replay.transcript.TranscriptJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * Keeps the timelines of the proxied connections and writes them as a scenario file and its golden ({@code
 * GOLDEN_DIR/<name>.json}, the layout {@code ./hapsim replay check --golden GOLDEN_DIR} reads). The files are
 * rewritten whole after each connection ends (so a crash loses little) and once more when the proxy stops; each
 * write replaces the file at once, never leaving half a file. Writes after a connection run on a thread of their
 * own, and never hold up accepting the next connection: a delayed accept would merge what the client sends
 * meanwhile into one chunk, and the recording would no longer be what the client did.
 */
final class SessionRecorder {
  private final Path scenarioFile;
  private final Path goldenDir;
  private final RecordedSession.Settings settings;
  /** Appended to by the accepting thread only, so in accept order; read by writes. */
  private final List<ConnectionTimeline> timelines = new CopyOnWriteArrayList<>();
  private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "proxy-recording");
    t.setDaemon(true);
    return t;
  });
  private boolean stopped;

  SessionRecorder(Path scenarioFile, Path goldenDir, RecordedSession.Settings settings) {
    this.scenarioFile = scenarioFile;
    this.goldenDir = goldenDir;
    this.settings = settings;
  }

  /** The scenario's name for a file: its name without {@code .json}. */
  static String scenarioName(Path scenarioFile) {
    String file = scenarioFile.getFileName().toString();
    return file.endsWith(".json") ? file.substring(0, file.length() - 5) : file;
  }

  /** Where the golden goes by default: {@code NAME.golden/} beside {@code NAME.json}. */
  static Path defaultGoldenDir(Path scenarioFile) {
    return scenarioFile.resolveSibling(scenarioName(scenarioFile) + ".golden");
  }

  Path scenarioFile() {
    return scenarioFile;
  }

  Path goldenDir() {
    return goldenDir;
  }

  Path goldenFile() {
    return goldenDir.resolve(settings.name() + ".json");
  }

  /** A timeline for the next accepted connection (called in accept order). */
  TrafficListener newConnection() {
    ConnectionTimeline t = new ConnectionTimeline(timelines.size() + 1, this::ended);
    timelines.add(t);
    return t;
  }

  private void ended(ConnectionTimeline t) {
    try {
      writer.execute(() -> {
        try {
          write(false);
        } catch (IOException e) {
          System.err.println("proxy: could not write the recording: " + e.getMessage());
        }
      });
    } catch (RejectedExecutionException e) {
      // the last write is done: the recording is final
    }
  }

  /** Writes the connections that ended; the last write ({@code all}) also those still open, and no more after it. */
  synchronized int write(boolean all) throws IOException {
    if (stopped) {
      return timelines.size();
    }
    stopped = all;
    if (all) {
      writer.shutdown();
    }
    List<ConnectionTimeline.Snapshot> snapshots = new ArrayList<>();
    for (ConnectionTimeline t : timelines) {
      ConnectionTimeline.Snapshot s = t.snapshot();
      if (all || s.isClosed()) {
        snapshots.add(s);
      }
    }
    writeFiles(RecordedSession.of(settings, snapshots), scenarioFile, goldenFile());
    return snapshots.size();
  }

  /** Writes a recording's scenario and golden, each replacing its file at once. */
  static void writeFiles(RecordedSession.Recording recording, Path scenarioFile, Path goldenFile) throws IOException {
    replace(scenarioFile, ScenarioText.of(recording.json()));
    Files.createDirectories(goldenFile.toAbsolutePath().getParent());
    replace(goldenFile, TranscriptJson.write(recording.golden()));
  }

  /** Writes a temporary file beside {@code file}, then moves it over {@code file}. */
  private static void replace(Path file, String text) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.ISO_8859_1);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
