package io.hapsim.simulator.state.pattern;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * A hash index over slot numbers, for indexes whose entries live in parallel arrays ({@link EntryTable},
 * {@link IpIndex}): a bucket holds the first slot of its chain, each slot the next one. A chain keeps its slots in
 * the order they were linked, also across a resize, so the earliest of equal entries is found first. The owner
 * gives each slot's hash (already well mixed) and compares entries itself; the buckets double once there are more
 * slots than buckets (chains average one slot: a lower load would cost a big map ~4 more bytes per entry).
 */
final class SlotChains {

    private static final int NIL = EntryTable.NIL;

    /** The hash of the entry in a slot, to re-bucket it when the table grows. */
    private final IntUnaryOperator hashOfSlot;
    private int[] chain = new int[0];
    private int[] buckets = newBuckets(16);
    private int size;

    SlotChains(IntUnaryOperator hashOfSlot) {
        this.hashOfSlot = hashOfSlot;
    }

    /** Makes room for slots {@code 0 .. capacity - 1}. */
    void ensureCapacity(int capacity) {
        if (chain.length < capacity) {
            chain = Arrays.copyOf(chain, capacity);
        }
    }

    /** The first slot of the chain of {@code hash}, or {@link EntryTable#NIL}; go on with {@link #next}. */
    int first(int hash) {
        return buckets[hash & (buckets.length - 1)];
    }

    /** The slot after {@code slot} in its chain, or {@link EntryTable#NIL}. */
    int next(int slot) {
        return chain[slot];
    }

    /** Appends {@code slot}, whose entry hashes to {@code hash}, at the end of its chain. */
    void link(int slot, int hash) {
        int b = hash & (buckets.length - 1);
        chain[slot] = NIL;
        int s = buckets[b];
        if (s == NIL) {
            buckets[b] = slot;
        } else {
            while (chain[s] != NIL) {
                s = chain[s];
            }
            chain[s] = slot;
        }
        size++;
        if (size > buckets.length) {
            grow();
        }
    }

    /** Removes {@code slot}, linked with {@code hash}, from its chain. */
    void unlink(int slot, int hash) {
        int b = hash & (buckets.length - 1);
        int s = buckets[b];
        if (s == slot) {
            buckets[b] = chain[slot];
        } else {
            while (chain[s] != slot) {
                s = chain[s];
            }
            chain[s] = chain[slot];
        }
        chain[slot] = NIL;
        size--;
    }

    /** Forgets every slot and gives the arrays back (the owner's table is empty). */
    void release() {
        chain = new int[0];
        buckets = newBuckets(16);
        size = 0;
    }

    private void grow() {
        int[] old = buckets;
        int[] oldChain = chain.clone();
        buckets = newBuckets(old.length << 1);
        int[] tails = new int[buckets.length];
        // chain by chain, so that slots of equal entries (one old chain) keep their order
        for (int head : old) {
            for (int s = head; s != NIL; s = oldChain[s]) {
                int b = hashOfSlot.applyAsInt(s) & (buckets.length - 1);
                chain[s] = NIL;
                if (buckets[b] == NIL) {
                    buckets[b] = s;
                } else {
                    chain[tails[b]] = s;
                }
                tails[b] = s;
            }
        }
    }

    private static int[] newBuckets(int count) {
        int[] b = new int[count];
        Arrays.fill(b, NIL);
        return b;
    }
}
