package io.hapsim.client.map;

import io.hapsim.client.error.CliConnectionException;
import io.hapsim.client.error.CommandTooBigException;
import io.hapsim.client.error.ConnectionFailure;
import io.hapsim.client.error.EntryRejectedException;
import io.hapsim.client.error.ErrorKind;
import io.hapsim.client.error.HaproxyException;
import io.hapsim.client.error.InvalidEntryException;
import java.nio.charset.Charset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What to make of a failed chunk: split it (too big), or report it with the entry's line. */
final class ChunkFailures {

    private static final Pattern QUOTED = Pattern.compile("'(.*)'");

    private ChunkFailures() {
    }

    /**
     * Whether the failure means "this payload did not fit": the too-big message (2.8.10+, 3.x), or, on versions that
     * say nothing (2.4-2.8.9 close, often with a reset), a connection closed or reset without any answer while the
     * request was big enough to possibly overflow the buffer.
     */
    static boolean isTooBig(Throwable e, Chunk chunk, int bufferSize) {
        if (e instanceof CommandTooBigException) {
            return true;
        }
        if (chunk.payload().length < bufferSize / 2) {
            return false;
        }
        return e instanceof CliConnectionException c
                && (c.failure() == ConnectionFailure.RESET || c.failure() == ConnectionFailure.CLOSED
                    || c.failure() == ConnectionFailure.BROKEN_PIPE);
    }

    /** The error for a chunk of one entry that still does not fit. */
    static EntryRejectedException singleEntryTooBig(Chunk chunk, int bufferSize) {
        return new EntryRejectedException(chunk.lines()[0], chunk.firstKey(),
                "HAProxy refused the entry as too big for its buffer (tune.bufsize " + bufferSize + ")");
    }

    /** Adds the source line of the refused entry to an {@link InvalidEntryException}, when it can be found. */
    static HaproxyException locate(HaproxyException e, Chunk chunk, Charset charset) {
        if (e instanceof InvalidEntryException invalid && invalid.line() == 0) {
            Matcher m = QUOTED.matcher(invalid.answer());
            if (m.find()) {
                String key = m.group(1);
                if (invalid.kind() == ErrorKind.INVALID_REGEX) {
                    int end = key.indexOf('\'');
                    key = end >= 0 ? key.substring(0, end) : key;
                }
                long line = chunk.lineOf(key, charset);
                if (line > 0) {
                    return invalid.atLine(line);
                }
            }
        }
        return e;
    }
}
