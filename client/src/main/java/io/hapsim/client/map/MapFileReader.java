package io.hapsim.client.map;

import io.hapsim.client.error.EntryRejectedException;
import io.hapsim.client.error.HaproxyException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Streams the entries of a map file, one line at a time (constant memory). Format, as HAProxy map files: one entry
 * per line, {@code key} then blanks then {@code value} (the rest of the line, kept as is); blank lines and lines whose
 * first non-blank character is {@code #} are skipped; blanks before the key are skipped; a trailing {@code \r\n} is
 * a line end. A line with a key and no value is an error naming the line.
 */
public final class MapFileReader implements Iterator<SourceEntry>, AutoCloseable {

    private final InputStream in;
    private final Charset charset;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private long lineNumber;
    private SourceEntry next;
    private boolean eof;

    public MapFileReader(InputStream in, Charset charset) {
        this.in = in;
        this.charset = charset;
    }

    public static MapFileReader open(Path file, Charset charset) {
        try {
            return new MapFileReader(Files.newInputStream(file), charset);
        } catch (IOException e) {
            throw new HaproxyException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean hasNext() {
        while (next == null && !eof) {
            String text = readLine();
            if (text == null) {
                eof = true;
                break;
            }
            next = parse(text, lineNumber);
        }
        return next != null;
    }

    @Override
    public SourceEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceEntry e = next;
        next = null;
        return e;
    }

    /** The entry of one line, or null for a blank or comment line. */
    static SourceEntry parse(String text, long lineNumber) {
        int i = 0;
        int n = text.length();
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i == n || text.charAt(i) == '#') {
            return null;
        }
        int keyStart = i;
        while (i < n && text.charAt(i) != ' ' && text.charAt(i) != '\t') {
            i++;
        }
        String key = text.substring(keyStart, i);
        if (i == n) {
            throw new EntryRejectedException(lineNumber, key, "the line has a key and no value");
        }
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return new SourceEntry(new MapEntry(key, text.substring(i)), lineNumber);
    }

    private String readLine() {
        line.reset();
        try {
            boolean any = false;
            while (true) {
                if (pos == limit) {
                    limit = in.read(buf, 0, buf.length);
                    pos = 0;
                    if (limit <= 0) {
                        limit = 0;
                        break;
                    }
                }
                any = true;
                int i = pos;
                while (i < limit && buf[i] != '\n') {
                    i++;
                }
                line.write(buf, pos, i - pos);
                if (i < limit) {
                    pos = i + 1;
                    break;
                }
                pos = limit;
            }
            if (!any) {
                return null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lineNumber++;
        byte[] bytes = line.toByteArray();
        int len = bytes.length;
        if (len > 0 && bytes[len - 1] == '\r') {
            len--;
        }
        return new String(bytes, 0, len, charset);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
