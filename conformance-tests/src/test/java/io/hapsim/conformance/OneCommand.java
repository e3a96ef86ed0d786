package io.hapsim.conformance;

import io.hapsim.conformance.replay.net.Address;
import io.hapsim.conformance.replay.target.TargetInstance;
import io.hapsim.conformance.replay.net.CliConnection;
import io.hapsim.conformance.replay.text.Latin1;
import java.io.IOException;
import java.nio.file.Path;

/** One command on a connection of its own, non-interactive, and everything answered until the close (10 s). */
public final class OneCommand {

  private OneCommand() {}

  /**
   * What an instance answered to {@code asked}, a command on the UNIX socket of the level before its colon
   * ({@code "oper:show env"}), or on the admin socket when it names none.
   */
  public static String answer(TargetInstance instance, String asked) throws IOException {
    int colon = asked.indexOf(':');
    boolean named = colon > 0 && instance.sockets().containsKey(asked.substring(0, colon));
    return answer(socket(instance, named ? asked.substring(0, colon) : "admin"),
        named ? asked.substring(colon + 1) : asked);
  }

  /** The file of an instance's UNIX socket of that name (admin, oper, user). */
  public static Path socket(TargetInstance instance, String name) {
    return Path.of(instance.sockets().get(name).substring("unix:".length()));
  }

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
