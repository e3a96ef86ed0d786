package io.hapsim.simulator.state.pattern;

import java.util.Arrays;

/**
 * Longest-prefix-match index of the IP patterns of one expression: IPv4 networks with a contiguous mask and all
 * IPv6 networks live in a hash table keyed by (family, prefix length, masked address); a lookup probes the prefix
 * lengths that are in use, longest first. IPv4 networks with a non-contiguous mask go to a list, searched last,
 * as HAProxy does.
 *
 * <p>All generations are indexed; a lookup only accepts entries of the requested generation. Within one network,
 * entries keep their insertion order so the earliest one wins.
 */
final class IpIndex {

    private static final int NIL = EntryTable.NIL;
    private static final byte NONE = 0;
    private static final byte LIST = 1;
    private static final byte V4 = 4;
    private static final byte V6 = 6;

    private byte[] kind = new byte[0];
    private byte[] bits = new byte[0];
    private long[] hi = new long[0];
    private long[] lo = new long[0];
    private int[] v4Mask = new int[0];
    private final SlotChains networks = new SlotChains(this::hashOfSlot);
    private final int[] v4PerLength = new int[33];
    private final int[] v6PerLength = new int[129];

    /** Non-contiguous IPv4 masks, in insertion order. */
    private int[] list = new int[4];
    private int listSize;

    void ensureCapacity(int capacity) {
        if (kind.length < capacity) {
            kind = Arrays.copyOf(kind, capacity);
            bits = Arrays.copyOf(bits, capacity);
            hi = Arrays.copyOf(hi, capacity);
            lo = Arrays.copyOf(lo, capacity);
            v4Mask = Arrays.copyOf(v4Mask, capacity);
            networks.ensureCapacity(capacity);
        }
    }

    void insert(int slot, IpNet.Net net) {
        if (!net.v6() && !net.contiguous()) {
            kind[slot] = LIST;
            hi[slot] = 0;
            lo[slot] = net.lo();
            v4Mask[slot] = net.v4Mask();
            if (listSize == list.length) {
                list = Arrays.copyOf(list, listSize * 2);
            }
            list[listSize++] = slot;
            return;
        }
        int b = net.maskBits();
        kind[slot] = net.v6() ? V6 : V4;
        bits[slot] = (byte) b;
        if (net.v6()) {
            hi[slot] = IpNet.maskHi(net.hi(), b);
            lo[slot] = IpNet.maskLo(net.lo(), b);
            v6PerLength[b]++;
        } else {
            hi[slot] = 0;
            lo[slot] = IpNet.maskV4(net.lo(), b);
            v4PerLength[b]++;
        }
        networks.link(slot, hashOfSlot(slot));
    }

    void remove(int slot) {
        byte k = kind[slot];
        if (k == NONE) {
            return;
        }
        if (k == LIST) {
            for (int i = 0; i < listSize; i++) {
                if (list[i] == slot) {
                    System.arraycopy(list, i + 1, list, i, listSize - i - 1);
                    listSize--;
                    break;
                }
            }
        } else {
            networks.unlink(slot, hashOfSlot(slot));
            if (k == V4) {
                v4PerLength[bits[slot] & 0xff]--;
            } else {
                v6PerLength[bits[slot] & 0xff]--;
            }
        }
        kind[slot] = NONE;
    }

    /** Tree lookup of an IPv4 address (low 32 bits of {@code address}); {@link EntryTable#NIL} when none. */
    int lookupV4Tree(long address, EntryTable entries, int generation) {
        for (int b = 32; b >= 0; b--) {
            if (v4PerLength[b] == 0) {
                continue;
            }
            int s = find(V4, b, 0, IpNet.maskV4(address, b), entries, generation);
            if (s != NIL) {
                return s;
            }
        }
        return NIL;
    }

    int lookupV6Tree(long high, long low, EntryTable entries, int generation) {
        for (int b = 128; b >= 0; b--) {
            if (v6PerLength[b] == 0) {
                continue;
            }
            int s = find(V6, b, IpNet.maskHi(high, b), IpNet.maskLo(low, b), entries, generation);
            if (s != NIL) {
                return s;
            }
        }
        return NIL;
    }

    /** Search of the non-contiguous masks list with an IPv4 address. */
    int lookupV4List(long address, EntryTable entries, int generation) {
        for (int i = 0; i < listSize; i++) {
            int s = list[i];
            if (entries.generation(s) == generation && ((address ^ lo[s]) & (v4Mask[s] & 0xffff_ffffL)) == 0) {
                return s;
            }
        }
        return NIL;
    }

    private int find(byte k, int b, long h, long l, EntryTable entries, int generation) {
        for (int s = networks.first(hash(k, b, h, l)); s != NIL; s = networks.next(s)) {
            if (kind[s] == k && (bits[s] & 0xff) == b && hi[s] == h && lo[s] == l
                    && entries.generation(s) == generation) {
                return s;
            }
        }
        return NIL;
    }

    private int hashOfSlot(int slot) {
        return hash(kind[slot], bits[slot] & 0xff, hi[slot], lo[slot]);
    }

    /** Hash of a network: family, prefix length and masked address. */
    private static int hash(int k, int b, long h, long l) {
        long x = h * 0x9E3779B97F4A7C15L ^ l * 0xC2B2AE3D27D4EB4FL ^ ((long) b << 8 | k);
        x ^= x >>> 31;
        x *= 0xBF58476D1CE4E5B9L;
        x ^= x >>> 29;
        return (int) x;
    }
}
