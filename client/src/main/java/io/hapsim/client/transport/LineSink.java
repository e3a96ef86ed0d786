package io.hapsim.client.transport;

/** Receives an answer line by line (each line without its {@code \n}), as bytes arrive. */
@FunctionalInterface
public interface LineSink {
    void line(byte[] buf, int offset, int length);
}
