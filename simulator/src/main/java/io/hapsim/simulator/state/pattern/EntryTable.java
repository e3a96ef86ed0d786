package io.hapsim.simulator.state.pattern;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The entries of one pattern reference, stored column-wise so that ten million of them stay cheap: one
 * {@code byte[]} per entry (key bytes then value bytes, Latin-1) plus a few {@code int}s in parallel arrays.
 *
 * <p>It keeps three things per entry: the insertion order (a doubly linked list, which is the order of
 * {@code show map} and of list-based matching), a hash chain on the exact key bytes (used for key-based
 * {@code set}/{@code del}, exact-string matching and prefix matching; within one chain, entries keep their
 * insertion order so the earliest duplicate is always found first) and the entry's generation.
 *
 * <p>Entries are addressed by a slot number. A slot's {@linkplain #address(int) address} is what {@code show map}
 * prints as the entry pointer: stable for the entry's lifetime, unique within the process. Freed slots are reused,
 * as freed memory is by HAProxy.
 *
 * <p>Dumps walk the list with a {@link Cursor}; deleting the entry a cursor stands on moves the cursor to the next
 * entry, so a streamed dump stays valid while other connections change the reference.
 */
final class EntryTable {

    static final int NIL = -1;

    private static final int HAS_VALUE = 0x8000_0000;
    private static final int LENGTH_MASK = 0x7fff_ffff;
    /** Bytes between two consecutive entry addresses: entries "look" like 64-byte allocations. */
    private static final long ADDRESS_STRIDE = 0x40;

    private final long baseAddress;

    private byte[][] data = new byte[0][];
    private int[] meta = new int[0];
    private int[] gen = new int[0];
    private int[] prev = new int[0];
    private int[] next = new int[0];
    private final SlotChains keys = new SlotChains(slot -> mix(hash(data[slot], keyLength(slot))));

    private int head = NIL;
    private int tail = NIL;
    private int freeList = NIL;
    private int used;
    private int size;

    private final List<WeakReference<Cursor>> cursors = new ArrayList<>();

    EntryTable(long baseAddress) {
        this.baseAddress = baseAddress;
    }

    // ------------------------------------------------------------------ storage

    /** Appends an entry at the end of the list and returns its slot. {@code value} may be {@code null}. */
    int append(byte[] key, byte[] value, int generation) {
        byte[] bytes;
        if (value == null) {
            bytes = key.clone();
        } else {
            bytes = Arrays.copyOf(key, key.length + value.length);
            System.arraycopy(value, 0, bytes, key.length, value.length);
        }
        return appendStored(bytes, key.length, value != null, generation);
    }

    /**
     * Appends the entry whose key is {@code text[keyFrom, keyTo)} and value {@code text[valueFrom, valueTo)} (no
     * value when {@code valueFrom} is negative), a Latin-1 text such as a payload: its chars are copied once, into
     * the stored form.
     */
    int appendLatin1(String text, int keyFrom, int keyTo, int valueFrom, int valueTo, int generation) {
        int keyLength = keyTo - keyFrom;
        boolean hasValue = valueFrom >= 0;
        byte[] bytes = new byte[keyLength + (hasValue ? valueTo - valueFrom : 0)];
        for (int i = 0; i < keyLength; i++) {
            bytes[i] = (byte) text.charAt(keyFrom + i);
        }
        for (int i = keyLength; i < bytes.length; i++) {
            bytes[i] = (byte) text.charAt(valueFrom + i - keyLength);
        }
        return appendStored(bytes, keyLength, hasValue, generation);
    }

    private int appendStored(byte[] bytes, int keyLength, boolean hasValue, int generation) {
        int slot = allocateSlot();
        int m = hasValue ? keyLength | HAS_VALUE : keyLength;
        data[slot] = bytes;
        meta[slot] = m;
        gen[slot] = generation;
        prev[slot] = tail;
        next[slot] = NIL;
        if (tail == NIL) {
            head = slot;
        } else {
            next[tail] = slot;
        }
        tail = slot;
        size++;
        keys.link(slot, mix(hash(bytes, keyLength)));
        return slot;
    }

    /** Removes a live entry; cursors standing on it move to the following entry. */
    void remove(int slot) {
        moveCursorsOff(slot);
        keys.unlink(slot, mix(hash(data[slot], keyLength(slot))));
        int p = prev[slot];
        int n = next[slot];
        if (p == NIL) {
            head = n;
        } else {
            next[p] = n;
        }
        if (n == NIL) {
            tail = p;
        } else {
            prev[n] = p;
        }
        data[slot] = null;
        meta[slot] = 0;
        prev[slot] = NIL;
        next[slot] = freeList;
        freeList = slot;
        size--;
        if (size == 0) {
            release();
        }
    }

    /**
     * Gives the arrays back once the table is empty (after a {@code clear} of ten million entries they would keep
     * hundreds of megabytes): slots then start again from 0, as freed memory is reused by HAProxy.
     */
    private void release() {
        data = new byte[0][];
        meta = new int[0];
        gen = new int[0];
        prev = new int[0];
        next = new int[0];
        keys.release();
        head = NIL;
        tail = NIL;
        freeList = NIL;
        used = 0;
    }

    /** Replaces (or removes, when {@code null}) the value of an entry, keeping its key, slot and address. */
    void setValue(int slot, byte[] value) {
        int keyLength = meta[slot] & LENGTH_MASK;
        byte[] bytes;
        int m = keyLength;
        if (value == null) {
            bytes = Arrays.copyOf(data[slot], keyLength);
        } else {
            bytes = Arrays.copyOf(data[slot], keyLength + value.length);
            System.arraycopy(value, 0, bytes, keyLength, value.length);
            m |= HAS_VALUE;
        }
        data[slot] = bytes;
        meta[slot] = m;
    }

    int size() {
        return size;
    }

    /** One more than the highest slot number ever used: per-slot side arrays must be at least this long. */
    int capacity() {
        return data.length;
    }

    boolean isLive(int slot) {
        return slot >= 0 && slot < used && data[slot] != null;
    }

    int first() {
        return head;
    }

    int next(int slot) {
        return next[slot];
    }

    int generation(int slot) {
        return gen[slot];
    }

    boolean hasValue(int slot) {
        return (meta[slot] & HAS_VALUE) != 0;
    }

    int keyLength(int slot) {
        return meta[slot] & LENGTH_MASK;
    }

    /** The raw storage of an entry: key bytes, then value bytes. Read only. */
    byte[] raw(int slot) {
        return data[slot];
    }

    String key(int slot) {
        return Latin1.string(data[slot], 0, keyLength(slot));
    }

    /** The value, or {@code null} for an entry without one. */
    String value(int slot) {
        if (!hasValue(slot)) {
            return null;
        }
        int k = keyLength(slot);
        return Latin1.string(data[slot], k, data[slot].length - k);
    }

    boolean keyEquals(int slot, byte[] key) {
        return keyEquals(slot, key, key.length);
    }

    /** True when the entry's key equals the first {@code length} bytes of {@code text}. */
    boolean keyEquals(int slot, byte[] text, int length) {
        if (keyLength(slot) != length) {
            return false;
        }
        return Arrays.equals(data[slot], 0, length, text, 0, length);
    }

    // ------------------------------------------------------------------ addresses

    long address(int slot) {
        return baseAddress + (slot + 1L) * ADDRESS_STRIDE;
    }

    /** The live slot at {@code address}, or {@link #NIL}. */
    int slotAt(long address) {
        long offset = address - baseAddress;
        if (offset <= 0 || offset % ADDRESS_STRIDE != 0) {
            return NIL;
        }
        long slot = offset / ADDRESS_STRIDE - 1;
        if (slot >= used) {
            return NIL;
        }
        return isLive((int) slot) ? (int) slot : NIL;
    }

    // ------------------------------------------------------------------ key index

    /** The first entry (in insertion order) whose key is {@code key}, or {@link #NIL}. */
    int findKey(byte[] key) {
        return findKey(key, key.length, hash(key, key.length));
    }

    /** The next entry after {@code slot} (in insertion order) having the same key, or {@link #NIL}. */
    int nextSameKey(int slot) {
        int length = keyLength(slot);
        byte[] key = data[slot];
        for (int s = keys.next(slot); s != NIL; s = keys.next(s)) {
            if (keyLength(s) == length && Arrays.equals(data[s], 0, length, key, 0, length)) {
                return s;
            }
        }
        return NIL;
    }

    /**
     * The first entry (in insertion order) whose key equals the first {@code length} bytes of {@code text}, whose
     * {@link #hash} is {@code hash}; or {@link #NIL}.
     */
    int findKey(byte[] text, int length, int hash) {
        for (int s = keys.first(mix(hash)); s != NIL; s = keys.next(s)) {
            if (keyEquals(s, text, length)) {
                return s;
            }
        }
        return NIL;
    }

    /**
     * Hash of the first {@code length} bytes of {@code bytes}. The hash of a prefix can be extended one byte at a
     * time with {@link #extendHash}, which lets prefix matching probe every prefix of an input in linear time.
     */
    static int hash(byte[] bytes, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = extendHash(h, bytes[i]);
        }
        return h;
    }

    static int extendHash(int h, byte b) {
        return h * 0x01000193 ^ (b & 0xff) + 0x9e37;
    }

    /** Final mixing step applied to a {@link #hash} before it picks a bucket. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }

    /**
     * The first entry (in insertion order) of generation {@code generation} whose key equals the first
     * {@code length} bytes of {@code text}, whose {@link #hash} is {@code hash}; or {@link #NIL}.
     */
    int findKeyInGeneration(byte[] text, int length, int hash, int generation) {
        for (int s = keys.first(mix(hash)); s != NIL; s = keys.next(s)) {
            if (gen[s] == generation && keyEquals(s, text, length)) {
                return s;
            }
        }
        return NIL;
    }

    private int allocateSlot() {
        if (freeList != NIL) {
            int slot = freeList;
            freeList = next[slot];
            return slot;
        }
        if (used == data.length) {
            grow();
        }
        return used++;
    }

    private void grow() {
        int capacity = Math.max(16, data.length + (data.length >> 1));
        data = Arrays.copyOf(data, capacity);
        meta = Arrays.copyOf(meta, capacity);
        gen = Arrays.copyOf(gen, capacity);
        prev = Arrays.copyOf(prev, capacity);
        next = Arrays.copyOf(next, capacity);
        keys.ensureCapacity(capacity);
    }

    // ------------------------------------------------------------------ cursors

    /** A position in the list that survives the deletion of the entry it stands on. */
    static final class Cursor {
        private int slot;
        private boolean closed;

        private Cursor(int slot) {
            this.slot = slot;
        }

        int slot() {
            return slot;
        }
    }

    /** A cursor on the first entry; {@link #advance} moves it, {@link #close} releases it. */
    Cursor openCursor() {
        Cursor cursor = new Cursor(head);
        if (head != NIL) {
            cursors.add(new WeakReference<>(cursor));
        }
        return cursor;
    }

    void advance(Cursor cursor) {
        if (cursor.slot != NIL) {
            cursor.slot = next[cursor.slot];
        }
        if (cursor.slot == NIL) {
            close(cursor);
        }
    }

    void close(Cursor cursor) {
        cursor.slot = NIL;
        if (!cursor.closed) {
            cursor.closed = true;
            cursors.removeIf(w -> {
                Cursor c = w.get();
                return c == null || c == cursor;
            });
        }
    }

    private void moveCursorsOff(int slot) {
        if (cursors.isEmpty()) {
            return;
        }
        boolean stale = false;
        for (WeakReference<Cursor> w : cursors) {
            Cursor c = w.get();
            if (c == null) {
                stale = true;
            } else if (c.slot == slot) {
                c.slot = next[slot];
            }
        }
        if (stale) {
            cursors.removeIf(w -> w.get() == null);
        }
    }
}
