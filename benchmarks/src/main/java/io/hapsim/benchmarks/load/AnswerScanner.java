package io.hapsim.benchmarks.load;

import java.nio.ByteBuffer;

/**
 * Counts complete answers in the byte stream of an interactive connection and remembers the first non-empty one
 * (every command the loads send answers with nothing when it succeeds).
 */
abstract class AnswerScanner {

    private static final int KEEP = 512;

    private final byte[] current = new byte[KEEP];
    private int currentLength;
    private long answers;
    private String firstError;

    /** Scans received bytes; returns how many answers they completed. */
    abstract int scan(ByteBuffer in);

    final void keep(byte b) {
        if (currentLength < KEEP) {
            current[currentLength] = b;
        }
        currentLength++;
    }

    final void answerEnd(int terminatorBytes) {
        int content = currentLength - terminatorBytes;
        if (content > 0 && firstError == null) {
            firstError = new String(current, 0, Math.min(content, KEEP), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        currentLength = 0;
        answers++;
    }

    long answers() {
        return answers;
    }

    /** The first non-empty answer, or null. */
    String firstError() {
        return firstError;
    }

    /** {@code prompt} mode: answers end with {@code "\n> "}; payload commands' leading {@code "+ "} are skipped. */
    static final class Prompt extends AnswerScanner {
        private boolean atStart = true;
        private boolean plus;
        private int tail;

        @Override
        int scan(ByteBuffer in) {
            long before = answers();
            while (in.hasRemaining()) {
                byte b = in.get();
                if (atStart) {
                    if (plus) {
                        plus = false;
                        if (b == ' ') {
                            continue;
                        }
                        keep((byte) '+');
                        tail = '+';
                        atStart = false;
                    } else if (b == '+') {
                        plus = true;
                        continue;
                    } else {
                        atStart = false;
                    }
                }
                keep(b);
                tail = ((tail << 8) | (b & 0xff)) & 0xffffff;
                if (tail == (('\n' << 16) | ('>' << 8) | ' ')) {
                    answerEnd(3);
                    atStart = true;
                    tail = 0;
                }
            }
            return (int) (answers() - before);
        }
    }

    /** {@code prompt i} mode: answers end with an empty line. */
    static final class EmptyLine extends AnswerScanner {
        private boolean atLineStart = true;

        @Override
        int scan(ByteBuffer in) {
            long before = answers();
            while (in.hasRemaining()) {
                byte b = in.get();
                keep(b);
                if (b == '\n') {
                    if (atLineStart) {
                        answerEnd(1);
                    }
                    atLineStart = true;
                } else {
                    atLineStart = false;
                }
            }
            return (int) (answers() - before);
        }
    }
}
