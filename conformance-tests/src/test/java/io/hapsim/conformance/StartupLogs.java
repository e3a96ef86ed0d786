package io.hapsim.conformance;

/**
 * A process's start-up log ({@code show startup-logs}) with what differs between any two processes masked: pids,
 * the executable's path (a simulator's is the Java runtime's), and the executable named in 3.4's warnings about root.
 */
public final class StartupLogs {

  private StartupLogs() {
  }

  public static String masked(String log) {
    return log.replaceAll("\\((\\d+)\\) : ", "(PID) : ")
        .replaceAll("path to executable is .*", "path to executable is <exe>")
        .replaceAll("\\[[^\\]\\[ ]*haproxy\\.main\\(\\)\\]", "[<exe>.main()]");
  }
}
