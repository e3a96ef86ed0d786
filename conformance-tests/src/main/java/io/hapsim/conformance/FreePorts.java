package io.hapsim.conformance;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** TCP ports free on this host now, for a configuration that must name its ports (HAProxy has no port 0). */
public final class FreePorts {

  private FreePorts() {
  }

  /** One port. */
  public static int one() throws IOException {
    return distinct(1)[0];
  }

  /** {@code count} ports, all different: each is held until all are found, so the kernel cannot give one twice. */
  public static int[] distinct(int count) throws IOException {
    int[] ports = new int[count];
    List<ServerSocket> held = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        ServerSocket socket = new ServerSocket(0);
        held.add(socket);
        ports[i] = socket.getLocalPort();
      }
    } finally {
      for (ServerSocket socket : held) {
        socket.close();
      }
    }
    return ports;
  }
}
