package io.hapsim.conformance.proxy;

import io.hapsim.simulator.fault.AppliedFault;
import io.hapsim.simulator.fault.Fault;
import java.io.IOException;
import java.util.List;
import java.util.Queue;

/**
 * The target's direction with faults: finds where each answer starts and ends (an answer ends with its empty
 * line; in prompt mode the prompt that follows belongs to no answer) and applies the faults its command queued: those
 * before the answer at its first byte (a {@code drip} or {@code drop-terminator} shapes the whole answer), those
 * after it past its last.
 */
final class AnswerFaults implements Passage {
  private final FaultedConnection connection;
  private final Queue<PendingAnswer> answers;
  private PendingAnswer current;
  private boolean lineStart;
  private boolean inPrompt;
  private byte previous;
  private Fault.Drip drip;
  private boolean dropTerminator;

  AnswerFaults(FaultedConnection connection, Queue<PendingAnswer> answers) {
    this.connection = connection;
    this.answers = answers;
  }

  @Override
  public void pass(byte[] buf, int len, Sink out) throws IOException {
    int from = 0;
    for (int i = 0; i < len; i++) {
      byte b = buf[i];
      if (inPrompt) {
        inPrompt = !(b == ' ' && previous == '>' || b == '\n');
        previous = b;
        continue;
      }
      if (current == null) {
        current = answers.poll();
        if (current == null) {
          continue; // output no command asked for: it passes as it is
        }
        if (!send(buf, from, i, out) || !start(current.beforeAnswer())) {
          return;
        }
        from = i;
        lineStart = true;
      }
      if (b != '\n' || !lineStart) {
        lineStart = b == '\n';
        continue;
      }
      // the empty line: the answer ends here
      boolean sent = send(buf, from, dropTerminator ? i : i + 1, out);
      from = i + 1;
      List<AppliedFault> after = current.afterAnswer();
      inPrompt = current.promptAfter();
      previous = 0;
      current = null;
      drip = null;
      dropTerminator = false;
      if (!sent || !after.stream().allMatch(connection::apply)) {
        return;
      }
    }
    send(buf, from, len, out);
  }

  /** The faults before an answer; false once one ended the connection. */
  private boolean start(List<AppliedFault> faults) {
    for (AppliedFault fault : faults) {
      if (fault.fault() instanceof Fault.Drip d) {
        connection.report(fault.description());
        drip = d;
      } else if (fault.fault() instanceof Fault.DropTerminator) {
        connection.report(fault.description());
        dropTerminator = true;
      } else if (!connection.apply(fault)) {
        return false;
      }
    }
    return true;
  }

  /** Writes {@code buf[from, to)}, dripped if the answer drips; false once the connection is ending. */
  private boolean send(byte[] buf, int from, int to, Sink out) throws IOException {
    if (drip == null) {
      out.write(buf, from, to - from);
      return true;
    }
    for (int at = from; at < to; at += drip.bytes()) {
      if (at > from && !connection.hold(drip.period())) {
        return false;
      }
      out.write(buf, at, Math.min(drip.bytes(), to - at));
    }
    return true;
  }
}
