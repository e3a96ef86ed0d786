package io.hapsim.client.transport;

import io.hapsim.client.CliAddress;
import io.hapsim.client.CliOptions;
import io.hapsim.client.error.CliConnectionException;
import io.hapsim.client.error.CommandTooBigException;
import io.hapsim.client.error.ConnectionFailure;
import io.hapsim.client.error.ErrorClassifier;
import io.hapsim.client.error.ErrorKind;
import io.hapsim.client.error.HaproxyException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * One non-interactive exchange: connect, write one line (and its payload), read until HAProxy closes. The answer is
 * everything received minus the final terminator. Exactly one payload command per connection, ever (3.0+ drop the
 * rest; on 2.x it is a race). A master socket keeps the connection open until the client closes its side, so an
 * exchange through it half-closes ({@code halfClose}) once the request is written.
 */
public final class OneShot {

    private OneShot() {
    }

    /** The raw answer bytes (terminator removed). */
    public static byte[] exchange(CliAddress address, CliOptions options, byte[] request, String commandForErrors,
            boolean halfClose) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exchange(address, options, request, commandForErrors, (buf, off, len) -> {
            out.write(buf, off, len);
            out.write('\n');
        }, halfClose);
        return out.toByteArray();
    }

    /**
     * Streams the answer line by line to {@code sink}; the terminator's empty line is not passed, the last line is
     * passed even without a newline.
     */
    public static void exchange(CliAddress address, CliOptions options, byte[] request, String commandForErrors,
            LineSink sink, boolean halfClose) {
        try (Connection c = Connection.open(address, options.connectTimeout(), options.readTimeout())) {
            c.watch();
            HaproxyException writeFailure = null;
            try {
                c.write(ByteBuffer.wrap(request));
                if (halfClose) {
                    c.shutdownOutput();
                }
            } catch (CliConnectionException e) {
                writeFailure = e; // HAProxy may have answered before closing (too big): read it first
            }
            LineSplitter lines = new LineSplitter(sink);
            ByteBuffer in = ByteBuffer.allocate(1 << 16);
            boolean sawAnything = false;
            try {
                while (true) {
                    in.clear();
                    int n = c.read(in);
                    if (n < 0) {
                        break;
                    }
                    if (n > 0) {
                        sawAnything = true;
                    }
                    lines.feed(in.array(), 0, n);
                }
            } catch (CliConnectionException e) {
                if (!sawAnything && writeFailure == null) {
                    throw e;
                }
                if (writeFailure == null) {
                    writeFailure = e;
                }
            }
            String tail = lines.pendingText();
            if (ErrorClassifier.isTooBig(tail) || ErrorClassifier.isTooBig(lines.lastLineText())) {
                String text = ErrorClassifier.isTooBig(tail) ? tail : lines.lastLineText();
                throw new CommandTooBigException(ErrorKind.COMMAND_TOO_BIG, commandForErrors, text);
            }
            if (!lines.endsWithTerminator()) {
                if (writeFailure != null) {
                    throw writeFailure;
                }
                if (!sawAnything) {
                    throw new CliConnectionException(ConnectionFailure.CLOSED,
                            "HAProxy closed the connection without answering '" + abbreviate(commandForErrors) + "'",
                            null);
                }
            }
            lines.finish();
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 100 ? s : s.substring(0, 97) + "...";
    }

    /** Splits bytes into lines; holds back the last complete line until it is known not to be the terminator. */
    static final class LineSplitter {
        private final LineSink sink;
        private byte[] partial = new byte[256];
        private int partialLen;
        private byte[] held;          // the last complete line, not yet passed on
        private boolean endsWithTerminator;
        private String lastLine = "";

        LineSplitter(LineSink sink) {
            this.sink = sink;
        }

        void feed(byte[] buf, int off, int len) {
            int end = off + len;
            int lineStart = off;
            for (int i = off; i < end; i++) {
                if (buf[i] == '\n') {
                    byte[] line;
                    if (partialLen == 0) {
                        line = Arrays.copyOfRange(buf, lineStart, i);
                    } else {
                        append(buf, lineStart, i - lineStart);
                        line = Arrays.copyOf(partial, partialLen);
                        partialLen = 0;
                    }
                    complete(line);
                    lineStart = i + 1;
                }
            }
            if (lineStart < end) {
                append(buf, lineStart, end - lineStart);
            }
        }

        private void append(byte[] buf, int off, int len) {
            if (partialLen + len > partial.length) {
                partial = Arrays.copyOf(partial, Math.max(partial.length * 2, partialLen + len));
            }
            System.arraycopy(buf, off, partial, partialLen, len);
            partialLen += len;
        }

        private void complete(byte[] line) {
            if (held != null) {
                sink.line(held, 0, held.length);
            }
            held = line;
        }

        /** Whether the stream ended with an empty line (the terminator) and nothing after it. */
        boolean endsWithTerminator() {
            return partialLen == 0 && held != null && held.length == 0;
        }

        String pendingText() {
            return new String(partial, 0, partialLen, java.nio.charset.StandardCharsets.ISO_8859_1);
        }

        String lastLineText() {
            return held == null ? "" : new String(held, java.nio.charset.StandardCharsets.ISO_8859_1);
        }

        void finish() {
            if (held != null && !(held.length == 0 && partialLen == 0)) {
                sink.line(held, 0, held.length);
            }
            held = null;
            if (partialLen > 0) {
                sink.line(partial, 0, partialLen);
                partialLen = 0;
            }
        }
    }
}
