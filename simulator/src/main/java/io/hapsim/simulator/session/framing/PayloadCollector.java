package io.hapsim.simulator.session.framing;

import io.hapsim.simulator.version.CrlfHandling;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Gathers the lines that follow a payload marker until the terminating line (an empty line, or the custom
 * pattern), applying the version's CRLF rules. Lines are copied from the input as bytes, once: a bulk load is
 * mostly payload, and a string per line would be most of what it allocates.
 */
final class PayloadCollector {

    private final CrlfHandling crlf;
    /** Allocated by the first payload: most connections carry none. */
    private byte[] bytes = new byte[0];
    private int size;
    private PayloadMarker marker;
    private int lines;

    PayloadCollector(CrlfHandling crlf) {
        this.crlf = crlf;
    }

    void open(PayloadMarker marker) {
        this.marker = marker;
        this.size = 0;
        this.lines = 0;
    }

    boolean isOpen() {
        return marker != null;
    }

    PayloadMarker marker() {
        return marker;
    }

    /** Bytes gathered so far. */
    int size() {
        return size;
    }

    int lines() {
        return lines;
    }

    /**
     * Takes one received line of {@code length} bytes (its LF not included) from {@code in}.
     *
     * @return {@code true} when this line ended the payload
     */
    boolean offer(ByteBuf in, int length) {
        int from = in.readerIndex();
        int kept = crlf == CrlfHandling.STRIP && length > 0 && in.getByte(from + length - 1) == '\r'
                ? length - 1 : length;
        if (isTerminator(in, from, kept)) {
            in.skipBytes(length);
            return true;
        }
        if (size + kept + 1 > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(Math.max(bytes.length * 2, 4096), size + kept + 1));
        }
        in.getBytes(from, bytes, size, kept);
        in.skipBytes(length);
        size += kept;
        bytes[size++] = '\n';
        lines++;
        return false;
    }

    private boolean isTerminator(ByteBuf in, int from, int length) {
        String pattern = marker.pattern();
        if (length != pattern.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if ((in.getByte(from + i) & 0xff) != pattern.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The payload handed to the command, without the separator of its last line, and closes the collector.
     * An empty payload reads as its terminator line: HAProxy hands its command the line left in its buffer
     * (observed as "Missing value for key '\n'." and, with {@code <<END}, "Missing value for key 'END\n'.").
     */
    String close() {
        String payload = lines == 0 ? marker.pattern() + "\n"
                : new String(bytes, 0, size - 1, StandardCharsets.ISO_8859_1);
        marker = null;
        size = 0;
        return payload;
    }
}
