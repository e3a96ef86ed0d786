package io.hapsim.conformance.master;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The kernel's view of a listening UNIX socket, from {@code ss}: how many connections wait in its queue (not accepted
 * yet) and how long the queue may grow (its backlog). It sees a real HAProxy and the simulator alike, so a test can
 * tell when a listener took a connection without asking the process.
 */
record ListenQueue(int waiting, int backlog) {

  /**
   * The listener bound under {@code path}: HAProxy (and hapsim) bind at a temporary name beside it, then rename, and
   * the kernel keeps the name of the bind.
   */
  static ListenQueue of(Path path) throws IOException {
    Process ss = new ProcessBuilder("ss", "-xlnH").redirectErrorStream(true).start();
    String listing = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!ss.waitFor(10, TimeUnit.SECONDS) || ss.exitValue() != 0) {
        throw new IOException("ss failed: " + listing);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running ss", e);
    }
    for (String line : listing.split("\n")) {
      // u_str LISTEN <waiting> <backlog> <bound name> <inode> * 0
      String[] columns = line.strip().split("\\s+");
      if (columns.length >= 5 && (columns[4].equals(path.toString()) || columns[4].startsWith(path + "."))) {
        return new ListenQueue(Integer.parseInt(columns[2]), Integer.parseInt(columns[3]));
      }
    }
    throw new IOException("no listener at " + path + " in: " + listing);
  }

  /** Waits up to {@code timeoutMs} for the queue to hold {@code expected}; the last reading either way. */
  static ListenQueue await(Path path, int expected, long timeoutMs) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
    ListenQueue queue = of(path);
    while (queue.waiting() != expected && System.nanoTime() < deadline) {
      Thread.sleep(10);
      queue = of(path);
    }
    return queue;
  }
}
