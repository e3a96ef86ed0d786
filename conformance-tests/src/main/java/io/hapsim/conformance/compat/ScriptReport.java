package io.hapsim.conformance.compat;

import io.hapsim.conformance.compat.ScriptScenario.ScriptCommand;
import io.hapsim.conformance.replay.transcript.ConnectionRecord;
import io.hapsim.conformance.replay.transcript.Transcript;
import java.io.PrintStream;
import java.util.List;

/** Command by command, where two profiles answered a script differently, and how its connections ended. */
final class ScriptReport {

  private static final int SHOWN = 100;

  private final Reasons reasons;
  private final String from;
  private final String to;

  ScriptReport(Reasons reasons) {
    this.reasons = reasons;
    this.from = reasons.from().label();
    this.to = reasons.to().label();
  }

  /** Prints the differences; returns how many commands (or connection outcomes) differ. */
  int print(ScriptScenario script, Transcript before, Transcript after, PrintStream out) {
    int differences = 0;
    int commands = 0;
    for (int c = 0; c < script.commands().size(); c++) {
      ConnectionRecord a = before.connections().get(c);
      ConnectionRecord b = after.connections().get(c);
      List<String> answersA = Answers.split(a.recvText());
      List<String> answersB = Answers.split(b.recvText());
      List<ScriptCommand> sent = script.commands().get(c);
      for (int i = 0; i < sent.size(); i++) {
        commands++;
        String x = i < answersA.size() ? answersA.get(i) : null;
        String y = i < answersB.size() ? answersB.get(i) : null;
        if (x == null && y == null || x != null && x.equals(y)) {
          continue;
        }
        differences++;
        ScriptCommand command = sent.get(i);
        out.println("  " + command.shown());
        out.println("    " + from + ": " + shown(x));
        out.println("    " + to + ": " + shown(y));
        out.println("    why: " + reasons.why(command.text(), x, y));
      }
      Outcome outcomeA = Outcome.of(a);
      Outcome outcomeB = Outcome.of(b);
      if (!outcomeA.sameForClient(outcomeB)) {
        differences++;
        out.println("  connection " + a.name() + ":");
        out.println("    " + from + ": " + outcomeA);
        out.println("    " + to + ": " + outcomeB);
      }
    }
    out.printf("  => %s%n", differences == 0 ? "same answers and outcome on both (" + commands + " commands)"
        : differences + " difference(s) over " + commands + " commands");
    return differences;
  }

  private static String shown(String answer) {
    if (answer == null) {
      return "not answered (the connection had closed)";
    }
    if (answer.isEmpty()) {
      return "empty answer (success)";
    }
    String[] lines = answer.split("\n");
    String first = lines[0].length() > SHOWN ? lines[0].substring(0, SHOWN) + "..." : lines[0];
    return "\"" + first + "\"" + (lines.length > 1 ? " (+" + (lines.length - 1) + " more lines)" : "");
  }
}
