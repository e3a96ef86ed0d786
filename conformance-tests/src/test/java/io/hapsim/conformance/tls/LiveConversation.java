package io.hapsim.conformance.tls;

import io.hapsim.conformance.OneCommand;
import io.hapsim.conformance.info.ConfiguredInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A conversation with a real HAProxy, then the same with the simulator, each started on the test's configuration. */
final class LiveConversation {

  /** The commands a test sends to an instance's admin socket, and what it answered to each. */
  interface Conversation {
    List<String> with(Path socket) throws IOException;
  }

  /** The configuration written beside an admin socket. */
  interface Config {
    Path beside(Path socket) throws IOException;
  }

  record Answers(List<String> real, List<String> simulated) {
  }

  private LiveConversation() {
  }

  /** The answer, or how the connection ended when HAProxy closed it before reading all of it (an oversize payload). */
  static String answerOrClose(Path socket, String command) {
    try {
      return OneCommand.answer(socket, command);
    } catch (IOException e) {
      return "closed: " + e.getMessage().replace(socket.toString(), "<socket>");
    }
  }

  static Answers onBoth(String version, Path folder, Config config, Conversation conversation) throws Exception {
    return onBoth(version, folder, config, false, conversation);
  }

  /** As {@link #onBoth(String, Path, Config, Conversation)}, the simulator serving TLS on its bind lines too. */
  static Answers onBothServingTls(String version, Path folder, Config config, Conversation conversation)
      throws Exception {
    return onBoth(version, folder, config, true, conversation);
  }

  private static Answers onBoth(String version, Path folder, Config config, boolean serveTls,
      Conversation conversation) throws Exception {
    Path realSocket = Files.createDirectories(folder.resolve("real")).resolve("admin.sock");
    List<String> real;
    try (ConfiguredInstance instance = ConfiguredInstance.real(version, config.beside(realSocket), realSocket)) {
      real = conversation.with(realSocket);
    }
    Path simSocket = Files.createDirectories(folder.resolve("sim")).resolve("admin.sock");
    try (ConfiguredInstance instance = ConfiguredInstance.simulated(version, config.beside(simSocket), serveTls)) {
      return new Answers(real, conversation.with(simSocket));
    }
  }
}
