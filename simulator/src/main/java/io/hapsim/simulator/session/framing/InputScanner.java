package io.hapsim.simulator.session.framing;

import io.netty.buffer.ByteBuf;

/**
 * Finds the end of the next command or line in the buffered input, resuming where the previous search stopped
 * so that a long line arriving in small pieces is scanned once.
 */
final class InputScanner {

    private int scanned;
    private boolean escapePending;

    /**
     * The index of the first byte among {@code delimiters} not escaped by a backslash (a backslash escapes any
     * byte, LF included), or -1.
     */
    int findUnescaped(ByteBuf in, byte first, byte second) {
        int start = in.readerIndex();
        int end = in.writerIndex();
        for (int i = start + scanned; i < end; i++) {
            byte b = in.getByte(i);
            if (escapePending) {
                escapePending = false;
            } else if (b == '\\') {
                escapePending = true;
            } else if (b == first || b == second) {
                reset();
                return i;
            }
        }
        scanned = end - start;
        return -1;
    }

    /** The index of the next LF, or -1. */
    int findLineFeed(ByteBuf in) {
        int start = in.readerIndex();
        int found = in.indexOf(start + scanned, in.writerIndex(), (byte) '\n');
        if (found < 0) {
            scanned = in.writerIndex() - start;
        } else {
            reset();
        }
        return found;
    }

    void reset() {
        scanned = 0;
        escapePending = false;
    }

    /** The first {@code ;} before {@code limit} not escaped by a backslash, or -1. */
    static int firstUnescapedSemicolon(ByteBuf in, int from, int limit) {
        for (int i = from; i < limit; i++) {
            byte b = in.getByte(i);
            if (b == '\\') {
                i++;
            } else if (b == ';') {
                return i;
            }
        }
        return -1;
    }
}
