package io.hapsim.simulator.state.proxy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * The entries of one stick table, set from the CLI (no traffic reaches the simulator). Every connection may change
 * them: all access is synchronized.
 *
 * <p>An entry lives {@code expire} milliseconds of the process's internal clock after it was last set, and is
 * dropped when anything looks at the table after that (real HAProxy's expiry task runs at that moment). A full table
 * makes room by dropping the entry set longest ago, as 2.6 does (3.x picks from its buckets: not reproduced). A rate
 * counter reads what {@link SetRateDecay} says of the value it was set to and when. An entry {@link #hold held} (3.0's
 * references left behind by refused lookups) neither expires nor can be removed.
 */
public final class StickTableEntries {

    /** Made-up entry addresses, each entry its own: what "ptr" filters name and dumps print. */
    private static final AtomicLong NEXT_POINTER = new AtomicLong(0x7f3e54000018L);
    private static final long POINTER_STEP = 0xc0;

    private final StickTable table;
    /** The process's internal clock, in milliseconds: rates and expiry dates count on it. */
    private final LongSupplier millis;
    /** The entries, least recently set first. */
    private final LinkedHashMap<TableKey, Entry> entries = new LinkedHashMap<>();
    private final int hashSeed;

    /**
     * One entry as a dump shows it.
     *
     * @param pointer      its made-up address
     * @param key          its key
     * @param references   how many references hold it
     * @param expiresIn    milliseconds left before it expires, 0 in a table without expiry
     * @param values       its data, one value per slot of the table's stored types
     */
    public record Listed(long pointer, TableKey key, int references, long expiresIn, long[] values) {
    }

    /** A value given to an entry's data: element 0 of an array type. */
    public record Assignment(TableDataType type, long value) {
    }

    private static final class Entry {
        private final long pointer;
        private final long[] values;
        /** For a rate, the tick its value was set at (0 until set, which reads its 0 as 0). */
        private final long[] setTicks;
        private long expiresAt;
        private int references;

        Entry(long pointer, int slots) {
            this.pointer = pointer;
            this.values = new long[slots];
            this.setTicks = new long[slots];
        }
    }

    StickTableEntries(StickTable table, LongSupplier millis) {
        this.table = table;
        this.millis = millis;
        // low 32 bits of the table name's XXH64, the seed of HAProxy 3.0+'s bucket hash
        this.hashSeed = (int) XxHash.xxh64(table.name().getBytes(StandardCharsets.ISO_8859_1), 0);
    }

    public StickTable table() {
        return table;
    }

    /** Creates the entry of {@code key} or finds it, gives it the values and restarts its expiry. */
    public synchronized void set(TableKey key, List<Assignment> assignments) {
        long now = millis.getAsLong();
        purge(now);
        Entry entry = entries.remove(key);
        if (entry == null) {
            if (entries.size() >= table.size()) {
                Iterator<Entry> oldest = entries.values().iterator();
                if (!oldest.hasNext()) {
                    return;
                }
                oldest.next();
                oldest.remove();
            }
            entry = new Entry(NEXT_POINTER.getAndAdd(POINTER_STEP), table.slotCount());
        }
        entries.put(key, entry);
        for (Assignment assignment : assignments) {
            int slot = table.slot(assignment.type());
            entry.values[slot] = assignment.type().stored(assignment.value());
            entry.setTicks[slot] = SetRateDecay.setTick(now);
        }
        entry.expiresAt = table.expireMillis() > 0 ? now + table.expireMillis() : 0;
    }

    public synchronized int used() {
        purge(millis.getAsLong());
        return entries.size();
    }

    /**
     * The entries in the order "show table" lists them: spread over {@code buckets} by the XXH32 of their key
     * (3.0+), bucket after bucket, each in the order of its keys' bytes (strings as strcmp orders them).
     */
    public synchronized List<Listed> list(int buckets) {
        long now = millis.getAsLong();
        purge(now);
        Comparator<Listed> byBucket = Comparator.comparingInt(listed -> bucket(listed.key(), buckets));
        return entries.entrySet().stream().map(e -> listed(e.getKey(), e.getValue(), now))
                .sorted(byBucket.thenComparing((a, b) -> Arrays.compareUnsigned(a.key().bytes(), b.key().bytes())))
                .toList();
    }

    public synchronized Optional<Listed> lookup(TableKey key) {
        long now = millis.getAsLong();
        purge(now);
        return Optional.ofNullable(entries.get(key)).map(entry -> listed(key, entry, now));
    }

    public synchronized Optional<Listed> byPointer(long pointer) {
        long now = millis.getAsLong();
        purge(now);
        return entries.entrySet().stream().filter(e -> e.getValue().pointer == pointer).findFirst()
                .map(e -> listed(e.getKey(), e.getValue(), now));
    }

    /** Drops the entries {@code selected} picks, but those held. */
    public synchronized void remove(Predicate<Listed> selected) {
        long now = millis.getAsLong();
        purge(now);
        entries.entrySet().removeIf(e -> e.getValue().references == 0
                && selected.test(listed(e.getKey(), e.getValue(), now)));
    }

    /** Drops the entry of {@code key}; false when it is held (and stays). */
    public synchronized boolean remove(TableKey key) {
        Entry entry = entries.get(key);
        if (entry != null && entry.references > 0) {
            return false;
        }
        entries.remove(key);
        return true;
    }

    /** Keeps a reference to the entry of {@code key}, if any, for ever. */
    public synchronized void hold(TableKey key) {
        Entry entry = entries.get(key);
        if (entry != null) {
            entry.references++;
        }
    }

    private int bucket(TableKey key, int buckets) {
        return buckets <= 1 ? 0 : Integer.remainderUnsigned(XxHash.xxh32(key.bytes(), hashSeed), buckets);
    }

    private Listed listed(TableKey key, Entry entry, long now) {
        return new Listed(entry.pointer, key, entry.references, entry.expiresAt == 0 ? 0 : Math.max(0, entry.expiresAt - now),
                valuesAt(entry, now));
    }

    /** The entry's values as read at {@code now}: a rate's as it has faded since it was set. */
    private long[] valuesAt(Entry entry, long now) {
        long[] values = entry.values.clone();
        int slot = 0;
        for (StickTable.StoredData data : table.stored()) {
            for (int element = 0; element < data.count(); element++, slot++) {
                if (data.type().kind() == TableDataType.Kind.RATE) {
                    values[slot] = SetRateDecay.read(values[slot], entry.setTicks[slot], data.periodMillis(), now);
                }
            }
        }
        return values;
    }

    private void purge(long now) {
        entries.values()
                .removeIf(entry -> entry.references == 0 && entry.expiresAt != 0 && entry.expiresAt <= now);
    }

    /** One table's entries per table name. */
    static Map<String, StickTableEntries> of(List<StickTable> tables, LongSupplier millis) {
        Map<String, StickTableEntries> byName = new LinkedHashMap<>();
        tables.forEach(table -> byName.putIfAbsent(table.name(), new StickTableEntries(table, millis)));
        return Map.copyOf(byName);
    }
}
