package io.hapsim.conformance.proxy;

import io.hapsim.conformance.replay.text.Latin1;
import io.hapsim.simulator.fault.AppliedFault;
import io.hapsim.simulator.fault.ConnectionFaults;
import io.hapsim.simulator.fault.FaultPhase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

/**
 * The client's direction with faults: follows its lines ({@link CommandTracker}), asks the rules about each command
 * and payload line, acts on those that come before a command or inside a payload, and queues the others with the
 * answer they wait for ({@link AnswerFaults}). Bytes cross in the client's own chunks unless a fault cuts one.
 */
final class ClientFaults implements Passage {
  /** Enough of a line to match commands on; a longer one (a payload line, usually) is matched on its start. */
  private static final int LINE_KEPT = 64 * 1024;

  private final ConnectionFaults faults;
  private final FaultedConnection connection;
  private final Queue<PendingAnswer> answers;
  private final CommandTracker tracker = new CommandTracker();
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private int commands;

  ClientFaults(ConnectionFaults faults, FaultedConnection connection, Queue<PendingAnswer> answers) {
    this.faults = faults;
    this.connection = connection;
    this.answers = answers;
  }

  @Override
  public void pass(byte[] buf, int len, Sink out) throws IOException {
    if (connection.readingStopped()) {
      connection.hold(null); // what was read last is never passed on: the simulator would not have read it
      return;
    }
    int from = 0;
    int lineStart = 0;
    for (int i = 0; i < len; i++) {
      if (buf[i] != '\n') {
        continue;
      }
      keep(buf, lineStart, i);
      lineStart = i + 1;
      CommandTracker.Line complete = tracker.line(Latin1.decode(line.toByteArray()));
      line.reset();
      List<AppliedFault> now;
      if (complete instanceof CommandTracker.Commands c) {
        now = commands(c);
      } else if (complete instanceof CommandTracker.PayloadLine p) {
        now = AppliedFault.at(FaultPhase.IN_PAYLOAD, faults.inPayload(p.count()));
      } else {
        now = List.of();
      }
      if (now.isEmpty()) {
        continue;
      }
      // a payload fault lets its K-th line through; a command's fault holds back the line feed that would run it
      int cut = complete instanceof CommandTracker.PayloadLine ? i + 1 : i;
      out.write(buf, from, cut - from);
      from = cut;
      for (AppliedFault fault : now) {
        if (!connection.apply(fault)) {
          return;
        }
      }
    }
    keep(buf, lineStart, len);
    out.write(buf, from, len - from);
  }

  /** Queues each command's answer with its faults; those acting before the commands of the line. */
  private List<AppliedFault> commands(CommandTracker.Commands line) {
    List<AppliedFault> before = new ArrayList<>();
    for (CommandTracker.Command command : line.commands()) {
      List<AppliedFault> all = command.args().isEmpty() ? List.of() : faults.forCommand(command.args(), ++commands);
      before.addAll(AppliedFault.at(FaultPhase.BEFORE_COMMAND, all));
      answers.add(new PendingAnswer(AppliedFault.at(FaultPhase.BEFORE_ANSWER, all),
          AppliedFault.at(FaultPhase.AFTER_ANSWER, all), command.promptAfter()));
    }
    return before;
  }

  private void keep(byte[] buf, int from, int to) {
    int room = LINE_KEPT - line.size();
    if (room > 0) {
      line.write(buf, from, Math.min(room, to - from));
    }
  }
}
