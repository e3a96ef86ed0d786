package io.hapsim.simulator.state.tls;

import java.util.Arrays;

/**
 * Just enough of DER to walk a name, a key or an OCSP response: nested sequences and sets, object identifiers,
 * strings. A length past its element's end is refused ({@link IllegalArgumentException}).
 */
public final class DerReader {

    private final byte[] bytes;
    private int position;
    private final int end;

    public DerReader(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    private DerReader(byte[] bytes, int from, int end) {
        this.bytes = bytes;
        this.position = from;
        this.end = end;
    }

    public boolean hasMore() {
        return position < end;
    }

    /** The next element's contents, to read its own elements (a SEQUENCE or SET). */
    public DerReader enter() {
        int length = header();
        DerReader inner = new DerReader(bytes, position, position + length);
        position += length;
        return inner;
    }

    /** The next element's contents as they are (a string's bytes). */
    public byte[] content() {
        int length = header();
        byte[] content = Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return content;
    }

    /** The next element whole: its tag, length and contents (a certificate's DER within a response). */
    public byte[] element() {
        int start = position;
        int length = header();
        position += length;
        return Arrays.copyOfRange(bytes, start, position);
    }

    /** The next element, an OBJECT IDENTIFIER, in dotted form. */
    public String oid() {
        byte[] encoded = content();
        StringBuilder dotted = new StringBuilder();
        long value = 0;
        boolean first = true;
        for (byte b : encoded) {
            value = (value << 7) | (b & 0x7f);
            if ((b & 0x80) == 0) {
                if (first) {
                    long head = Math.min(value / 40, 2);
                    dotted.append(head).append('.').append(value - head * 40);
                    first = false;
                } else {
                    dotted.append('.').append(value);
                }
                value = 0;
            }
        }
        return dotted.toString();
    }

    /** The next element's tag, which stays to read. */
    public int tag() {
        return bytes[position] & 0xff;
    }

    /** Skips the tag, reads the length, which must fit in what is left: a client's DER may lie about it. */
    private int header() {
        position++; // the tag: the caller knows the structure
        int first = bytes[position++] & 0xff;
        long length = first;
        if (first >= 0x80) {
            length = 0;
            for (int i = 0; i < (first & 0x7f); i++) {
                length = (length << 8) | (bytes[position++] & 0xff);
                if (length > end) {
                    break;
                }
            }
        }
        if (position > end || length > end - position) {
            throw new IllegalArgumentException("a DER length past its element's end");
        }
        return (int) length;
    }
}
