package io.hapsim.conformance.replay.net;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;
import java.util.Map;

/**
 * The errno names transcripts record ({@code EPIPE}, {@code ECONNRESET}...), recovered from the
 * messages of the JDK's I/O exceptions (they carry the C library's strerror text on Linux).
 */
public final class Errno {
  private static final Map<String, String> BY_MESSAGE = Map.ofEntries(
      Map.entry("broken pipe", "EPIPE"),
      Map.entry("connection reset by peer", "ECONNRESET"),
      Map.entry("connection reset", "ECONNRESET"),
      Map.entry("connection refused", "ECONNREFUSED"),
      Map.entry("no such file or directory", "ENOENT"),
      Map.entry("permission denied", "EACCES"),
      Map.entry("connection timed out", "ETIMEDOUT"),
      Map.entry("network is unreachable", "ENETUNREACH"),
      Map.entry("no route to host", "EHOSTUNREACH"),
      Map.entry("transport endpoint is not connected", "ENOTCONN"),
      Map.entry("cannot assign requested address", "EADDRNOTAVAIL"),
      Map.entry("protocol wrong type for socket", "EPROTOTYPE"),
      Map.entry("not a directory", "ENOTDIR"),
      Map.entry("file name too long", "ENAMETOOLONG"),
      Map.entry("resource temporarily unavailable", "EAGAIN"));

  private Errno() {}

  public static String name(IOException e) {
    if (e instanceof SocketTimeoutException) {
      return "timed out";
    }
    if (e instanceof ClosedChannelException) {
      return "EBADF";
    }
    String msg = e.getMessage();
    if (msg != null) {
      String m = msg.toLowerCase(Locale.ROOT).trim();
      // "Connection refused: connect", "connect failed: No such file..." and similar decorations
      for (Map.Entry<String, String> en : BY_MESSAGE.entrySet()) {
        if (m.equals(en.getKey()) || m.startsWith(en.getKey() + ":") || m.endsWith(": " + en.getKey())) {
          return en.getValue();
        }
      }
      for (Map.Entry<String, String> en : BY_MESSAGE.entrySet()) {
        if (m.contains(en.getKey())) {
          return en.getValue();
        }
      }
      return msg;
    }
    return e instanceof ConnectException ? "ECONNREFUSED" : e.getClass().getSimpleName();
  }
}
