package io.hapsim.simulator.session;

import io.netty.buffer.ByteBuf;
import java.util.List;

/**
 * Watches one connection for the simulator's journal: the bytes that came in, each command taken from them and
 * what it was answered, the faults applied, and how the connection ended. Called on the connection's event loop.
 */
public interface ConnectionObserver {

    ConnectionObserver NONE = new ConnectionObserver() {
    };

    /** How many characters of each answer to pass to {@link #answered} (0: none, and none are gathered). */
    default int answerLimit() {
        return 0;
    }

    /** A read from the socket, before it is framed (its boundaries are the reads', close to the client's writes). */
    default void received(ByteBuf data) {
    }

    /** A command was taken from the input; it runs next, unless a fault applied now stops it. */
    default void commandTaken(List<String> args, String payload, AccessLevel level) {
    }

    /**
     * The last command taken was answered in full, its terminator or prompt included.
     *
     * @param answer the answer's first {@link #answerLimit()} characters
     * @param bytes  the answer's whole size
     */
    default void answered(CharSequence answer, long bytes) {
    }

    /** A fault was applied: to the last command taken, or to the connection when none was taken yet. */
    default void faultApplied(String description) {
    }

    /** Output handed to the socket (readable bytes of {@code output}, not consumed). */
    default void sent(ByteBuf output) {
    }

    /** The client shut its sending side (a half-close): no more input will come. */
    default void inputClosed() {
    }

    /** The simulator decided to end the connection (its answer so far still goes out first). */
    default void serverEnding() {
    }

    default void ended(ConnectionEnd how) {
    }
}
