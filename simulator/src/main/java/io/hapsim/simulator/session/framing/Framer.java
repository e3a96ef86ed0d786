package io.hapsim.simulator.session.framing;

import io.netty.buffer.ByteBuf;

/**
 * Cuts a connection's input into commands, one version family's way. The input buffer belongs to the session;
 * the framer consumes from it what it takes.
 */
public interface Framer {

    /**
     * Takes the next piece of input.
     *
     * @param in          bytes received and not yet consumed
     * @param inputClosed the client has shut its writing side: no more bytes will come
     */
    Frame next(ByteBuf in, boolean inputClosed);

    /** The lines of the payload being gathered (0 when none is). */
    int payloadLines();
}
