package io.hapsim.client.map;

import io.hapsim.client.error.EntryRejectedException;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Packs validated entries into payload chunks of at most {@code maxBytes} bytes. An entry goes whole into exactly
 * one chunk: when it does not fit in the current chunk, that chunk is returned and the entry starts the next one.
 * An entry larger than a whole chunk is refused with an error naming it.
 */
public final class PayloadChunker {

    private final int maxBytes;
    private final Charset charset;
    /** The chunk being filled; a plain array, as every entry goes through here (no per-write locking). */
    private final byte[] current;
    private int size;
    private long[] lines = new long[256];
    private int count;
    private final MapChecksum.Builder checksum = MapChecksum.builder();

    public PayloadChunker(int maxBytes, Charset charset) {
        if (maxBytes < 16) {
            throw new IllegalArgumentException("payload chunks of " + maxBytes + " bytes are too small");
        }
        this.maxBytes = maxBytes;
        this.charset = charset;
        this.current = new byte[maxBytes];
    }

    public int maxBytes() {
        return maxBytes;
    }

    /**
     * Adds an entry (validated here); returns the chunk completed by this call, or null. The entry is always kept
     * (in the returned chunk's successor when the chunk was full).
     */
    public Chunk add(MapEntry entry, long line) {
        EntryRules.validate(entry, line, charset);
        byte[] key = entry.key().getBytes(charset);
        byte[] value = entry.value().getBytes(charset);
        int bytes = key.length + 1 + value.length + 1;
        if (bytes > maxBytes) {
            throw new EntryRejectedException(line, entry.key(), "the entry takes " + bytes
                    + " bytes, more than a whole payload chunk (" + maxBytes
                    + " bytes, from tune.bufsize); raise tune.bufsize");
        }
        Chunk done = null;
        if (size + bytes > maxBytes) {
            done = flush();
        }
        System.arraycopy(key, 0, current, size, key.length);
        size += key.length;
        current[size++] = ' ';
        System.arraycopy(value, 0, current, size, value.length);
        size += value.length;
        current[size++] = '\n';
        if (count == lines.length) {
            lines = Arrays.copyOf(lines, count * 2);
        }
        lines[count++] = line;
        checksum.add(key, value);
        return done;
    }

    /** The chunk being filled (null if empty); the chunker is empty afterwards. */
    public Chunk flush() {
        if (count == 0) {
            return null;
        }
        Chunk chunk = new Chunk(Arrays.copyOf(current, size), Arrays.copyOf(lines, count));
        size = 0;
        count = 0;
        return chunk;
    }

    /** Count and checksum of every entry added so far. */
    public MapChecksum checksum() {
        return checksum.build();
    }
}
