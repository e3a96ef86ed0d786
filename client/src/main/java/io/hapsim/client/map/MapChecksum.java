package io.hapsim.client.map;

import java.nio.charset.Charset;

/**
 * Count and order-independent checksum of a multiset of entries (the sum of a 64-bit hash of each
 * {@code key SPACE value}), so that what was sent can be compared with a {@code show map} listing whatever the order
 * in which chunks arrived.
 *
 * @param entries how many entries
 * @param sum     the sum of the entries' hashes, modulo 2^64
 */
public record MapChecksum(long entries, long sum) {

    public static Builder builder() {
        return new Builder();
    }

    /** {@code entries:hex}, e.g. {@code 1000000:3f2a...}. */
    @Override
    public String toString() {
        return entries + ":" + String.format("%016x", sum);
    }

    /** Accumulates entries. Not thread-safe. */
    public static final class Builder {
        private long entries;
        private long sum;

        public Builder add(byte[] key, byte[] value) {
            long h = 0xcbf29ce484222325L;
            for (byte b : key) {
                h = (h ^ (b & 0xff)) * 0x100000001b3L;
            }
            h = (h ^ ' ') * 0x100000001b3L;
            for (byte b : value) {
                h = (h ^ (b & 0xff)) * 0x100000001b3L;
            }
            sum += mix(h);
            entries++;
            return this;
        }

        public Builder add(String key, String value, Charset charset) {
            return add(key.getBytes(charset), value.getBytes(charset));
        }

        /** Adds the {@code key SPACE value} bytes of one listing line (what follows the address). */
        public Builder addLine(byte[] buf, int off, int len) {
            long h = 0xcbf29ce484222325L;
            for (int i = off; i < off + len; i++) {
                h = (h ^ (buf[i] & 0xff)) * 0x100000001b3L;
            }
            sum += mix(h);
            entries++;
            return this;
        }

        private static long mix(long z) {
            z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
            z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
            return z ^ (z >>> 33);
        }

        public MapChecksum build() {
            return new MapChecksum(entries, sum);
        }
    }
}
