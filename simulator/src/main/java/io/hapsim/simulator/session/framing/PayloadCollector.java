package io.hapsim.simulator.session.framing;

import io.hapsim.simulator.version.CrlfHandling;

/**
 * Gathers the lines that follow a payload marker until the terminating line (an empty line, or the custom
 * pattern), applying the version's CRLF rules.
 */
final class PayloadCollector {

    private final CrlfHandling crlf;
    private final StringBuilder text = new StringBuilder();
    private PayloadMarker marker;
    private int lines;

    PayloadCollector(CrlfHandling crlf) {
        this.crlf = crlf;
    }

    void open(PayloadMarker marker) {
        this.marker = marker;
        this.text.setLength(0);
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
        return text.length();
    }

    int lines() {
        return lines;
    }

    /**
     * Offers one received line (without its LF).
     *
     * @return {@code true} when this line ended the payload
     */
    boolean offer(String line) {
        if (crlf == CrlfHandling.STRIP && line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        if (line.equals(marker.pattern())) {
            return true;
        }
        text.append(line).append('\n');
        lines++;
        return false;
    }

    /**
     * The payload handed to the command, without the separator of its last line, and closes the collector.
     * An empty payload reads as its terminator line: HAProxy hands its command the line left in its buffer
     * (observed as "Missing value for key '\n'." and, with {@code <<END}, "Missing value for key 'END\n'.").
     */
    String close() {
        String payload;
        if (lines == 0) {
            payload = marker.pattern() + "\n";
        } else {
            payload = text.substring(0, text.length() - 1);
        }
        marker = null;
        text.setLength(0);
        return payload;
    }
}
