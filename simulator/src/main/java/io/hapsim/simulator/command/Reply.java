package io.hapsim.simulator.command;

import io.hapsim.simulator.state.events.Severity;

/**
 * What a command answers, before the session adds its terminator ({@code \n}, {@code \n> } ...).
 * Text is Latin-1: each char is one byte on the wire.
 */
public sealed interface Reply {

    /** A state-changing command that prints nothing: the client only sees the terminator. */
    Reply EMPTY = new Message(Severity.INFO, "");

    /** A message; the session may prefix it with its severity ({@code set severity-output}). */
    record Message(Severity severity, String text) implements Reply {
    }

    /** A dump (show map, show info ...): never prefixed, streamed under backpressure. */
    record Stream(OutputSource source) implements Reply {
    }

    /** An answer that goes on until the client sends something or closes ({@code show events <ring> -w}). */
    record Live(LiveOutput output) implements Reply {
    }

    /** A message given once {@code millis} have passed ({@code wait}); the connection reads nothing meanwhile. */
    record Delayed(long millis, Message message) implements Reply {
    }

    /** {@code quit}: nothing is written, not even the terminator, and the connection closes at once. */
    record Quit() implements Reply {
    }

    static Reply info(String text) {
        return new Message(Severity.INFO, text);
    }

    /** A change done ({@code Transaction created ...}), at the notice severity HAProxy gives those. */
    static Reply notice(String text) {
        return new Message(Severity.NOTICE, text);
    }

    static Reply error(String text) {
        return new Message(Severity.ERR, text);
    }

    /** What a session below a command's level (or an argument's) gets. */
    static Reply permissionDenied() {
        return error("Permission denied\n");
    }

    static Reply text(String text) {
        return new Stream(OutputSources.of(text));
    }

    static Reply stream(OutputSource source) {
        return new Stream(source);
    }

    static Reply live(LiveOutput output) {
        return new Live(output);
    }
}
