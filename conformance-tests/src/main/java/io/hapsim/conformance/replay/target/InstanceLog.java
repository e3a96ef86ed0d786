package io.hapsim.conformance.replay.target;

import java.io.IOException;

/** An append-only log of an instance, read from a position taken before a scenario ran. */
public interface InstanceLog {

  /** The current end of the log. */
  long position() throws IOException;

  /** Everything written since {@code position}, as latin-1 text. */
  String readFrom(long position) throws IOException;
}
