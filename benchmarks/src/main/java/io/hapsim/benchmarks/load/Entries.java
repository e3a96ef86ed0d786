package io.hapsim.benchmarks.load;

import io.hapsim.client.map.MapEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The entries every benchmark loads: entry {@code i} is {@code key%09d val%09d} (12-byte keys and values, 26 bytes
 * per payload line with its newline), unique keys, so the order of chunks never changes the result.
 */
public final class Entries {

    /** Bytes of one payload line ({@code key SP value LF}). */
    public static final int LINE_BYTES = 26;

    private Entries() {
    }

    public static String key(long i) {
        return "key" + nineDigits(i);
    }

    public static String value(long i) {
        return "val" + nineDigits(i);
    }

    private static String nineDigits(long i) {
        String s = Long.toString(i);
        return s.length() >= 9 ? s : "000000000".substring(s.length()) + s;
    }

    /** Writes {@code key%09d} at {@code at}; returns the next position. */
    static int putKey(byte[] dst, int at, long i) {
        dst[at] = 'k';
        dst[at + 1] = 'e';
        dst[at + 2] = 'y';
        putDigits(dst, at + 3, i);
        return at + 12;
    }

    static int putValue(byte[] dst, int at, long i) {
        dst[at] = 'v';
        dst[at + 1] = 'a';
        dst[at + 2] = 'l';
        putDigits(dst, at + 3, i);
        return at + 12;
    }

    private static void putDigits(byte[] dst, int at, long i) {
        long v = i;
        for (int d = 8; d >= 0; d--) {
            dst[at + d] = (byte) ('0' + v % 10);
            v /= 10;
        }
    }

    /** The entries as the client takes them. */
    public static Iterator<MapEntry> iterator(long n) {
        return new Iterator<>() {
            private long i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public MapEntry next() {
                if (i >= n) {
                    throw new NoSuchElementException();
                }
                long k = i++;
                return new MapEntry(key(k), value(k));
            }
        };
    }

    /** Entries per payload chunk of at most {@code chunkBytes} bytes. */
    public static int perChunk(int chunkBytes) {
        return Math.max(1, chunkBytes / LINE_BYTES);
    }

    /**
     * The payload chunks of {@code n} entries, each at most {@code chunkBytes} bytes of whole lines (the payload
     * lines only: no command line, no final empty line).
     */
    public static List<byte[]> chunks(long n, int chunkBytes) {
        int per = perChunk(chunkBytes);
        List<byte[]> chunks = new ArrayList<>((int) (n / per + 1));
        for (long first = 0; first < n; first += per) {
            int count = (int) Math.min(per, n - first);
            byte[] c = new byte[count * LINE_BYTES];
            int at = 0;
            for (long i = first; i < first + count; i++) {
                at = putKey(c, at, i);
                c[at++] = ' ';
                at = putValue(c, at, i);
                c[at++] = '\n';
            }
            chunks.add(c);
        }
        return chunks;
    }

    /** {@code add map @VER MAP key value} for entry {@code i}, without line end. */
    public static byte[] addCommand(byte[] prefix, long i) {
        byte[] b = new byte[prefix.length + 25];
        System.arraycopy(prefix, 0, b, 0, prefix.length);
        int at = putKey(b, prefix.length, i);
        b[at++] = ' ';
        putValue(b, at, i);
        return b;
    }

    /** {@code "add map @VER MAP "} */
    public static byte[] addPrefix(long version, String map) {
        return ("add map @" + version + " " + map + " ").getBytes(StandardCharsets.ISO_8859_1);
    }
}
