package io.hapsim.client.map;

import java.util.Arrays;

/**
 * One payload: whole entry lines ({@code key SPACE value \n}), never an entry cut in two.
 *
 * @param payload the payload lines, each ending with a newline
 * @param lines   the source line of each entry, in order (for error messages)
 */
public record Chunk(byte[] payload, long[] lines) {

    public int entries() {
        return lines.length;
    }

    /** Two chunks holding the first and second half of the entries (at least one entry each). */
    public Chunk[] halves() {
        if (lines.length < 2) {
            throw new IllegalStateException("a single entry cannot be split");
        }
        int half = lines.length / 2;
        int seen = 0;
        int cut = 0;
        for (int i = 0; i < payload.length; i++) {
            if (payload[i] == '\n' && ++seen == half) {
                cut = i + 1;
                break;
            }
        }
        return new Chunk[] {
            new Chunk(Arrays.copyOfRange(payload, 0, cut), Arrays.copyOfRange(lines, 0, half)),
            new Chunk(Arrays.copyOfRange(payload, cut, payload.length), Arrays.copyOfRange(lines, half, lines.length))
        };
    }

    /** The key of the first entry (bytes up to the first space, as ISO-8859-1). */
    public String firstKey() {
        int sp = 0;
        while (sp < payload.length && payload[sp] != ' ' && payload[sp] != '\n') {
            sp++;
        }
        return new String(payload, 0, sp, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** The source line of the entry whose key is {@code key}, or 0. */
    public long lineOf(String key, java.nio.charset.Charset charset) {
        byte[] k = key.getBytes(charset);
        int entry = 0;
        int lineStart = 0;
        for (int i = 0; i <= payload.length; i++) {
            if (i == payload.length || payload[i] == '\n') {
                if (i > lineStart && startsWithKey(lineStart, k)) {
                    return lines[entry];
                }
                entry++;
                lineStart = i + 1;
                if (entry >= lines.length) {
                    break;
                }
            }
        }
        return 0;
    }

    private boolean startsWithKey(int at, byte[] key) {
        if (at + key.length >= payload.length) {
            return false;
        }
        for (int j = 0; j < key.length; j++) {
            if (payload[at + j] != key[j]) {
                return false;
            }
        }
        return payload[at + key.length] == ' ';
    }
}
