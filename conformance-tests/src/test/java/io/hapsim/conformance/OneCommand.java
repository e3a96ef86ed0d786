package io.hapsim.conformance;

import io.hapsim.conformance.replay.net.Address;
import io.hapsim.conformance.replay.net.CliConnection;
import io.hapsim.conformance.replay.text.Latin1;
import java.io.IOException;
import java.nio.file.Path;

/** One command on a connection of its own, non-interactive, and everything answered until the close (10 s). */
public final class OneCommand {

  private OneCommand() {}

  /** What the UNIX socket {@code socket} answered to {@code command} (a line feed is added). */
  public static String answer(Path socket, String command) throws IOException {
    try (CliConnection c = CliConnection.open(new Address.Unix(socket), "one-command", 5000)) {
      if (!c.write(Latin1.encode(command + "\n"), 10).ok()) {
        throw new IOException("could not send '" + command + "' to " + socket);
      }
      if (!c.awaitClosed(10)) {
        throw new IOException(socket + " did not close after answering '" + command + "'");
      }
      return Latin1.decode(c.snapshot().data());
    }
  }
}
