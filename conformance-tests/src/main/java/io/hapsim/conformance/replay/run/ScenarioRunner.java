package io.hapsim.conformance.replay.run;

import io.hapsim.conformance.replay.net.Address;
import io.hapsim.conformance.replay.net.CliConnection;
import io.hapsim.conformance.replay.net.Errno;
import io.hapsim.conformance.replay.scenario.ConnectionSpec;
import io.hapsim.conformance.replay.scenario.ReadSpec;
import io.hapsim.conformance.replay.scenario.Scenario;
import io.hapsim.conformance.replay.scenario.Step;
import io.hapsim.conformance.replay.target.InstanceLog;
import io.hapsim.conformance.replay.target.TargetInstance;
import io.hapsim.conformance.replay.text.Latin1;
import io.hapsim.conformance.replay.text.Lines;
import io.hapsim.conformance.replay.text.Normalizer;
import io.hapsim.conformance.replay.text.PyRegex;
import io.hapsim.conformance.replay.text.Template;
import io.hapsim.conformance.replay.transcript.ConnectionRecord;
import io.hapsim.conformance.replay.transcript.Event;
import io.hapsim.conformance.replay.transcript.Timing;
import io.hapsim.conformance.replay.transcript.Transcript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a scenario against a started target instance and records its transcript.
 *
 * <p>Connections run one after the other (each including its read phase) unless {@code parallel}:
 * a parallel connection starts together with the previous one, and the next non-parallel one waits
 * for all of them. After a failed write the remaining steps of that connection are skipped (sends
 * and shutw recorded as {@code skipped}; sleeps, waits and captures not recorded), but its read
 * phase still runs.
 */
public final class ScenarioRunner {
  private static final Pattern LOG_PID = Pattern.compile("^(\\[[A-Z]+\\]\\s*)\\(\\d+\\)",
      Pattern.MULTILINE | Pattern.UNIX_LINES);

  private final RunOptions options;

  public ScenarioRunner() {
    this(RunOptions.DEFAULTS);
  }

  public ScenarioRunner(RunOptions options) {
    this.options = options;
  }

  /**
   * @param label stored in the transcript (e.g. the version), may be null
   */
  public Transcript run(Scenario scenario, TargetInstance instance, String label) throws IOException {
    Map<String, String> env = new ConcurrentHashMap<>(instance.vars());
    env.putAll(scenario.vars());
    Normalizer norm = new Normalizer(instance.vars(), scenario.effectiveRules());
    InstanceLog log = instance.log().orElse(null);
    long logStart = log != null ? log.position() : 0;

    List<ConnectionSpec> specs = scenario.connections();
    ConnectionRecord[] results = new ConnectionRecord[specs.size()];
    List<FutureTask<ConnectionRecord>> pending = new ArrayList<>();
    List<Integer> pendingIdx = new ArrayList<>();
    for (int idx = 0; idx < specs.size(); idx++) {
      ConnectionSpec spec = specs.get(idx);
      if (spec.parallel()) {
        FutureTask<ConnectionRecord> task = new FutureTask<>(() -> runConnection(spec, instance, env, norm));
        Thread t = new Thread(task, "scenario-" + scenario.name() + "-" + spec.name());
        t.setDaemon(true);
        t.start();
        pending.add(task);
        pendingIdx.add(idx);
        continue;
      }
      joinAll(pending, pendingIdx, results);
      if (spec.delay() != null) {
        sleep(spec.delay());
      }
      results[idx] = runConnection(spec, instance, env, norm);
    }
    joinAll(pending, pendingIdx, results);

    List<String> logLines = null;
    if (log != null) {
      sleep(0.05); // let the instance flush what the last command made it write
      // pids first: a master-worker instance's pids are also run-time values the normaliser knows
      String text = norm.text(LOG_PID.matcher(log.readFrom(logStart)).replaceAll("$1(PID)"));
      logLines = Lines.splitKeepingNewlines(text);
    }
    return new Transcript(Transcript.FORMAT, scenario.name(), label, instance.note().orElse(null),
        List.of(results), logLines);
  }

  private static void joinAll(List<FutureTask<ConnectionRecord>> tasks, List<Integer> idx, ConnectionRecord[] into)
      throws IOException {
    try {
      for (int k = 0; k < tasks.size(); k++) {
        into[idx.get(k)] = tasks.get(k).get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException io) {
        throw io;
      }
      if (c instanceof RuntimeException re) {
        throw re;
      }
      throw new IOException(c);
    } finally {
      tasks.clear();
      idx.clear();
    }
  }

  private ConnectionRecord runConnection(ConnectionSpec spec, TargetInstance instance, Map<String, String> env,
      Normalizer norm) {
    List<Event> events = new ArrayList<>();
    String addr = instance.sockets().get(spec.socket());
    if (addr == null) {
      return new ConnectionRecord(spec.name(), spec.socket(), "no-such-socket", null, null, events, null, null);
    }
    CliConnection conn;
    try {
      conn = CliConnection.open(Address.parse(addr), spec.name(), options.connectTimeoutMillis());
    } catch (IOException e) {
      return new ConnectionRecord(spec.name(), spec.socket(), "connect-failed:" + Errno.name(e), null, null, events,
          null, null);
    }
    try (conn) {
      events.add(new Event.Connect("ok"));
      double stall = spec.stallTimeout() != null ? spec.stallTimeout() : options.stallTimeoutSeconds();
      boolean failed = false;
      for (Step step : spec.steps()) {
        if (step instanceof Step.Write w) {
          if (failed) {
            events.add(Event.Send.skipped());
            continue;
          }
          Event.Send e = send(conn, w, env, norm, stall);
          failed = !Event.Send.OK.equals(e.result());
          events.add(e);
        } else if (step instanceof Step.ShutW) {
          events.add(new Event.ShutW(failed ? Event.Send.SKIPPED : conn.shutdownOutput()));
        } else if (failed) {
          continue; // sleeps, waits and captures after a failed write are not recorded
        } else if (step instanceof Step.Sleep s) {
          sleep(s.seconds());
          events.add(new Event.Sleep(s.shown()));
        } else if (step instanceof Step.WaitFor w) {
          events.add(waitFor(conn, w, env, norm));
        } else if (step instanceof Step.Capture c) {
          events.add(capture(conn, c, env));
        } else {
          throw new IllegalStateException("unhandled step " + step);
        }
      }
      long stepsDone = System.nanoTime();
      read(conn, spec.read());
      CliConnection.Snapshot snap = conn.snapshot();
      String end = snap.eof() ? "eof" : snap.error() != null ? "recv-error:" + snap.error() : "open";
      Timing timing = Timing.of(snap.openedNanos(), snap.firstByteNanos(), snap.endNanos(), stepsDone,
          System.nanoTime());
      String text = norm.text(Latin1.decode(snap.data()));
      return ConnectionRecord.received(spec.name(), spec.socket(), end, timing, events, text, spec.record());
    }
  }

  /** Seconds to wait before a write that is not the first of its step. */
  private double gapBefore(Step.Write step, String unit) {
    if (step.pause() > 0) {
      return step.pause();
    }
    return step instanceof Step.Gen ? options.genWriteGapPer64KiB() * unit.length() / 65536.0 : 0;
  }

  private Event.Send send(CliConnection conn, Step.Write step, Map<String, String> env, Normalizer norm,
      double stall) {
    var acc = new Object() {
      long len;
      long lines;
      long written;
      long writtenLines;
      int writes;
      String result = Event.Send.OK;
    };
    WriteUnits.forEach(step, env, unit -> {
      if (acc.writes > 0) {
        sleep(gapBefore(step, unit));
      }
      acc.writes++;
      acc.len += norm.length(unit);
      acc.lines += Latin1.count(unit, '\n');
      if (!Event.Send.OK.equals(acc.result)) {
        return; // still counted, no longer written
      }
      byte[] data = Latin1.encode(unit);
      CliConnection.WriteResult w = conn.write(data, stall);
      String part = w.written() == data.length ? unit : unit.substring(0, w.written());
      acc.written += norm.length(part);
      acc.writtenLines += Latin1.count(part, '\n');
      if (!w.ok()) {
        acc.result = w.result();
      }
    });
    boolean ok = Event.Send.OK.equals(acc.result);
    // like the reference tool, the number of writes is recorded only when there were several
    return new Event.Send(acc.len, acc.lines, acc.writes > 1 ? acc.writes : 0, acc.result, ok ? null : acc.written,
        ok ? null : acc.writtenLines);
  }

  private static Event waitFor(CliConnection conn, Step.WaitFor step, Map<String, String> env, Normalizer norm) {
    String pattern = Template.subst(step.pattern(), env);
    byte[] pat = Latin1.encode(pattern);
    int start = conn.mark();
    int[] found = {-1};
    conn.await(v -> {
      int pos = start;
      for (int k = 0; k < step.count(); k++) {
        int i = v.indexOf(pat, pos);
        if (i < 0) {
          return v.closed();
        }
        pos = i + pat.length;
      }
      found[0] = pos;
      return true;
    }, step.timeout());
    String result;
    if (found[0] >= 0) {
      conn.mark(found[0]);
      result = "ok";
    } else {
      result = conn.isClosed() ? "closed" : "timeout";
    }
    return new Event.WaitFor(norm.text(pattern), step.count() != 1 ? step.count() : null, result);
  }

  private static Event capture(CliConnection conn, Step.Capture step, Map<String, String> env) {
    Pattern rx = PyRegex.compileBytes(Template.subst(step.regex(), env), true);
    int start = conn.mark();
    String[] group = {null};
    int[] end = {-1};
    conn.await(v -> {
      Matcher m = rx.matcher(v.text());
      if (start <= v.size() && m.find(start)) {
        group[0] = m.groupCount() >= 1 ? m.group(1) : null;
        end[0] = m.end();
        return true;
      }
      return v.closed();
    }, step.timeout());
    if (end[0] < 0) {
      return new Event.Capture(step.variable(), "no-match");
    }
    if (group[0] == null) {
      throw new IllegalArgumentException("capture regex " + step.regex() + " has no group 1 (or it did not match)");
    }
    env.put(step.variable(), group[0]);
    conn.mark(end[0]);
    return new Event.Capture(step.variable(), "ok");
  }

  private void read(CliConnection conn, ReadSpec read) {
    double timeout = read.timeout() != null ? read.timeout() : options.readTimeoutSeconds();
    switch (read.until()) {
      case CLOSE -> conn.awaitClosed(timeout);
      case WINDOW -> conn.awaitClosed(read.seconds());
      case IDLE -> {
        long deadline = System.nanoTime() + (long) (timeout * 1e9);
        while (System.nanoTime() < deadline) {
          int before = conn.receivedSize();
          if (conn.awaitClosed(read.idle())) {
            break;
          }
          if (conn.receivedSize() == before) {
            break;
          }
        }
      }
      default -> throw new IllegalStateException("unknown read mode " + read.until());
    }
  }

  private static void sleep(double seconds) {
    if (seconds <= 0) {
      return;
    }
    try {
      Thread.sleep((long) (seconds * 1000), (int) ((seconds * 1e9) % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("interrupted while sleeping", e));
    }
  }
}
