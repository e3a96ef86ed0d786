package io.hapsim.conformance.replay.target;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/** A running instance one scenario talks to; closing it stops/cleans what {@link Target#start} made. */
public interface TargetInstance extends AutoCloseable {

  /**
   * Socket name (admin, oper, user, tcp, ...) to address: {@code unix:/path} or {@code 127.0.0.1:port}.
   */
  Map<String, String> sockets();

  /**
   * Run-time values by placeholder name, e.g. {@code DIR} = the instance directory: substituted for
   * {@code {DIR}} in what scenarios send, and replaced back by {@code {DIR}} in what is recorded.
   */
  Map<String, String> vars();

  /** The instance's log (HAProxy's stderr), if it has one; recorded as the transcript's {@code log}. */
  default Optional<InstanceLog> log() {
    return Optional.empty();
  }

  /** A remark recorded in the transcript's {@code notes} (e.g. settings that could not be applied). */
  default Optional<String> note() {
    return Optional.empty();
  }

  /**
   * Stops ({@code kill -STOP}) or lets go on ({@code kill -CONT}) the workers of a master-worker instance: a stuck
   * worker, as clients meet it.
   */
  default void freezeWorkers(boolean frozen) throws IOException {
    throw new UnsupportedOperationException("this instance cannot freeze its workers");
  }

  @Override
  void close() throws IOException;
}
