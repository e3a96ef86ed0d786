package io.hapsim.client.transport;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Cuts the byte stream of an interactive connection into answers, incrementally: bytes are {@link #feed fed} as
 * they arrive, and {@link #poll} returns the next complete answer (without its terminator) or null. For payload
 * commands in prompt mode the leading {@code "+ "} continuation prompts are consumed, never returned.
 */
public final class ResponseFramer {

    private byte[] buf = new byte[1 << 16];
    private int start;
    private int end;
    private int scanFrom;
    private boolean answerStarted;

    public void feed(ByteBuffer src) {
        int n = src.remaining();
        ensure(n);
        src.get(buf, end, n);
        end += n;
    }

    public void feed(byte[] bytes) {
        feed(ByteBuffer.wrap(bytes));
    }

    private void ensure(int more) {
        if (end + more <= buf.length) {
            return;
        }
        int live = end - start;
        if (start > 0 && live + more <= buf.length && start >= buf.length / 2) {
            System.arraycopy(buf, start, buf, 0, live);
        } else {
            int cap = buf.length;
            while (cap < live + more) {
                cap *= 2;
            }
            byte[] grown = new byte[cap];
            System.arraycopy(buf, start, grown, 0, live);
            buf = grown;
        }
        scanFrom -= start;
        end = live;
        start = 0;
    }

    /** Bytes received and not yet returned as part of an answer. */
    public int buffered() {
        return end - start;
    }

    /** The bytes not yet returned (for diagnostics, e.g. an error message followed by a close). */
    public byte[] rest() {
        return Arrays.copyOfRange(buf, start, end);
    }

    /**
     * The next complete answer, or null if more bytes are needed.
     *
     * @param terminator how answers end on this connection
     * @param payload    whether the awaited answer is to a payload command ({@code "+ "} prompts to skip)
     */
    public byte[] poll(Terminator terminator, boolean payload) {
        if (!answerStarted) {
            if (payload && terminator == Terminator.PROMPT) {
                while (end - start >= 2 && buf[start] == '+' && buf[start + 1] == ' ') {
                    start += 2;
                }
                if (end - start < 2) {
                    if (end - start == 0 || buf[start] == '+') {
                        scanFrom = start;
                        return null;
                    }
                }
            }
            answerStarted = true;
            scanFrom = start;
        }
        return terminator == Terminator.PROMPT ? pollPrompt() : pollEmptyLine();
    }

    private byte[] pollPrompt() {
        int i = Math.max(scanFrom, start);
        int limit = end - 3;
        for (; i <= limit; i++) {
            if (buf[i] == '\n' && buf[i + 1] == '>' && buf[i + 2] == ' ') {
                byte[] answer = Arrays.copyOfRange(buf, start, i);
                start = i + 3;
                reset();
                return answer;
            }
        }
        scanFrom = Math.max(start, end - 2);
        return null;
    }

    private byte[] pollEmptyLine() {
        if (end > start && buf[start] == '\n') {
            start++;
            reset();
            return new byte[0];
        }
        int i = Math.max(scanFrom, start);
        int limit = end - 2;
        for (; i <= limit; i++) {
            if (buf[i] == '\n' && buf[i + 1] == '\n') {
                byte[] answer = Arrays.copyOfRange(buf, start, i + 1);
                start = i + 2;
                reset();
                return answer;
            }
        }
        scanFrom = Math.max(start, end - 1);
        return null;
    }

    private void reset() {
        answerStarted = false;
        scanFrom = start;
        if (start == end) {
            start = 0;
            end = 0;
            scanFrom = 0;
        }
    }
}
