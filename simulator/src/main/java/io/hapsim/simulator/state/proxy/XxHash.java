package io.hapsim.simulator.state.proxy;

/**
 * The XXH32 and XXH64 hashes (the published xxHash algorithms), with which HAProxy 3.0+ spreads a stick table's
 * entries over its buckets, and so decides the order "show table" lists them in.
 */
final class XxHash {

    private static final int P32_1 = 0x9E3779B1;
    private static final int P32_2 = 0x85EBCA77;
    private static final int P32_3 = 0xC2B2AE3D;
    private static final int P32_4 = 0x27D4EB2F;
    private static final int P32_5 = 0x165667B1;
    private static final long P64_1 = 0x9E3779B185EBCA87L;
    private static final long P64_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long P64_3 = 0x165667B19E3779F9L;
    private static final long P64_4 = 0x85EBCA77C2B2AE63L;
    private static final long P64_5 = 0x27D4EB2F165667C5L;

    private XxHash() {
    }

    static int xxh32(byte[] data, int seed) {
        int length = data.length;
        int i = 0;
        int hash;
        if (length >= 16) {
            int v1 = seed + P32_1 + P32_2;
            int v2 = seed + P32_2;
            int v3 = seed;
            int v4 = seed - P32_1;
            while (i + 16 <= length) {
                v1 = round32(v1, int32(data, i));
                v2 = round32(v2, int32(data, i + 4));
                v3 = round32(v3, int32(data, i + 8));
                v4 = round32(v4, int32(data, i + 12));
                i += 16;
            }
            hash = Integer.rotateLeft(v1, 1) + Integer.rotateLeft(v2, 7) + Integer.rotateLeft(v3, 12)
                    + Integer.rotateLeft(v4, 18);
        } else {
            hash = seed + P32_5;
        }
        hash += length;
        for (; i + 4 <= length; i += 4) {
            hash = Integer.rotateLeft(hash + int32(data, i) * P32_3, 17) * P32_4;
        }
        for (; i < length; i++) {
            hash = Integer.rotateLeft(hash + (data[i] & 0xff) * P32_5, 11) * P32_1;
        }
        hash ^= hash >>> 15;
        hash *= P32_2;
        hash ^= hash >>> 13;
        hash *= P32_3;
        return hash ^ (hash >>> 16);
    }

    static long xxh64(byte[] data, long seed) {
        int length = data.length;
        int i = 0;
        long hash;
        if (length >= 32) {
            long v1 = seed + P64_1 + P64_2;
            long v2 = seed + P64_2;
            long v3 = seed;
            long v4 = seed - P64_1;
            while (i + 32 <= length) {
                v1 = round64(v1, int64(data, i));
                v2 = round64(v2, int64(data, i + 8));
                v3 = round64(v3, int64(data, i + 16));
                v4 = round64(v4, int64(data, i + 24));
                i += 32;
            }
            hash = Long.rotateLeft(v1, 1) + Long.rotateLeft(v2, 7) + Long.rotateLeft(v3, 12)
                    + Long.rotateLeft(v4, 18);
            hash = merge64(merge64(merge64(merge64(hash, v1), v2), v3), v4);
        } else {
            hash = seed + P64_5;
        }
        hash += length;
        for (; i + 8 <= length; i += 8) {
            hash ^= round64(0, int64(data, i));
            hash = Long.rotateLeft(hash, 27) * P64_1 + P64_4;
        }
        if (i + 4 <= length) {
            hash ^= (int32(data, i) & 0xFFFFFFFFL) * P64_1;
            hash = Long.rotateLeft(hash, 23) * P64_2 + P64_3;
            i += 4;
        }
        for (; i < length; i++) {
            hash ^= (data[i] & 0xff) * P64_5;
            hash = Long.rotateLeft(hash, 11) * P64_1;
        }
        hash ^= hash >>> 33;
        hash *= P64_2;
        hash ^= hash >>> 29;
        hash *= P64_3;
        return hash ^ (hash >>> 32);
    }

    private static int round32(int accumulator, int input) {
        return Integer.rotateLeft(accumulator + input * P32_2, 13) * P32_1;
    }

    private static long round64(long accumulator, long input) {
        return Long.rotateLeft(accumulator + input * P64_2, 31) * P64_1;
    }

    private static long merge64(long hash, long value) {
        return (hash ^ round64(0, value)) * P64_1 + P64_4;
    }

    private static int int32(byte[] data, int at) {
        return (data[at] & 0xff) | (data[at + 1] & 0xff) << 8 | (data[at + 2] & 0xff) << 16
                | (data[at + 3] & 0xff) << 24;
    }

    private static long int64(byte[] data, int at) {
        return (int32(data, at) & 0xFFFFFFFFL) | (long) int32(data, at + 4) << 32;
    }
}
