package io.hapsim.simulator.session.framing;

/** What a {@link Framer} found in the input. */
public sealed interface Frame {

    /** Nothing complete yet: read more. {@code insidePayload}: the input read so far ends inside a payload. */
    record NeedInput(boolean insidePayload) implements Frame {
    }

    /**
     * The client closed its side and no complete command remains. {@code insidePayload}: the input ended inside a
     * payload.
     */
    record EndOfInput(boolean insidePayload) implements Frame {
    }

    /** The current command (or line) cannot fit in the buffer. {@code payload}: it was its payload that grew. */
    record Oversize(boolean payload) implements Frame {
    }

    /** The marker line or one more payload line was taken (2.x-3.1 print {@code + } for it in prompt mode). */
    record PayloadLine() implements Frame {
        /** The one instance: a bulk load takes a line at a time. */
        public static final PayloadLine TAKEN = new PayloadLine();
    }

    /**
     * A payload outgrew the room it had and its buffer grew (3.4, whose payloads have a buffer of their own):
     * prompt mode prints {@code + } for it, even while more input is waiting.
     */
    record PayloadBufferGrew() implements Frame {
        public static final PayloadBufferGrew GREW = new PayloadBufferGrew();
    }

    /**
     * A command ready to run.
     *
     * @param text           the command as received (escapes not yet resolved, marker removed)
     * @param payload        the payload text, or {@code null}
     * @param glued          2.x's glued marker ({@code x<<}): the payload is read as more words
     * @param endsLine       the command was ended by a line feed or carried a payload (it ends its line)
     * @param lastOfLine     no other command of the same line follows (always true before 3.2)
     * @param keepsLineOpen  3.0's over-long {@code <<PATTERN}: the line does not count as the last one
     */
    record Command(String text, String payload, boolean glued, boolean endsLine, boolean lastOfLine,
            boolean keepsLineOpen) implements Frame {
    }
}
