package io.hapsim.conformance.proxy;

import io.hapsim.conformance.replay.net.Address;
import io.hapsim.conformance.replay.net.CliConnection;
import io.hapsim.conformance.replay.text.Latin1;
import java.io.IOException;

/**
 * What one client connection got for what it sent: its bytes and how it ended. Tests compare these through the
 * proxy and directly.
 *
 * @param end {@code eof}, {@code recv-error:ERRNO} or {@code open}
 */
record Exchange(String received, String end) {

  /** Sends {@code request} in one write, half-closes if asked, and reads until the peer closes (10 s at most). */
  static Exchange of(Address address, String request, boolean shutw) throws IOException {
    try (CliConnection c = CliConnection.open(address, "test", 5000)) {
      if (!c.write(Latin1.encode(request), 10).ok()) {
        throw new IOException("write to " + address + " failed");
      }
      if (shutw) {
        c.shutdownOutput();
      }
      c.awaitClosed(10);
      return of(c);
    }
  }

  static Exchange of(CliConnection c) {
    CliConnection.Snapshot s = c.snapshot();
    return new Exchange(Latin1.decode(s.data()), s.eof() ? "eof" : s.error() != null ? "recv-error:" + s.error() : "open");
  }

  /** Waits until {@code text} has arrived {@code count} times on {@code c} in all (5 s at most). */
  static boolean await(CliConnection c, String text, int count) {
    byte[] pattern = Latin1.encode(text);
    return c.await(v -> {
      int seen = 0;
      for (int i = v.indexOf(pattern, 0); i >= 0; i = v.indexOf(pattern, i + pattern.length)) {
        seen++;
      }
      return seen >= count || v.closed();
    }, 5);
  }

  /**
   * Writes {@code data} until a write fails, pausing between writes (a reset arrives after the write that
   * provokes it); the failure's errno, or null if {@code attempts} writes all succeeded.
   */
  static String writeUntilFailure(CliConnection c, byte[] data, int attempts) throws InterruptedException {
    for (int i = 0; i < attempts; i++) {
      CliConnection.WriteResult w = c.write(data, 2);
      if (!w.ok()) {
        return w.result();
      }
      Thread.sleep(50);
    }
    return null;
  }
}
